using Parley.Matching.Names;
using Xunit;

namespace Parley.Matching.Tests.Names;

public class SurnamesTests
{
    [Theory]
    [InlineData("Шевченка", "Шевченко")]
    [InlineData("Шевченку", "Шевченко")]
    [InlineData("Шевченком", "Шевченко")]
    [InlineData("Шевченкові", "Шевченко")]
    [InlineData("Іванова", "Іванов")]
    [InlineData("Іванову", "Іванов")]
    [InlineData("Івановим", "Іванов")]
    [InlineData("Іванові", "Іванов")]
    [InlineData("Петровим", "Петров")]
    [InlineData("Петровым", "Петров")]
    [InlineData("Пушкіна", "Пушкін")]
    [InlineData("Шевчинського", "Шевчинський")]
    [InlineData("Шевчинському", "Шевчинський")]
    [InlineData("Шевчинським", "Шевчинський")]
    [InlineData("Шевчинської", "Шевчинська")]
    [InlineData("Шевчинською", "Шевчинська")]
    [InlineData("Достоевского", "Достоевский")]
    [InlineData("Достоевской", "Достоевская")]
    [InlineData("Іванової", "Іванова")]
    [InlineData("Івановою", "Іванова")]
    [InlineData("Ивановой", "Иванова")]
    [InlineData("Мельника", "Мельник")]
    [InlineData("Мельником", "Мельник")]
    [InlineData("Ковальчуку", "Ковальчук")]
    [InlineData("Коваля", "Коваль")]
    [InlineData("Ковалем", "Коваль")]
    [InlineData("Кравця", "Кравець")]
    public void an_oblique_case_yields_its_nominative(string declined, string nominative)
    {
        var forms = Surnames.BaseForms(declined);
        Assert.Contains(forms, f => f.Form == nominative && !f.IsGenderVariant);
    }

    [Fact]
    public void the_surname_as_written_comes_first() =>
        Assert.Equal("Шевченко", Surnames.BaseForms("Шевченко")[0].Form);

    [Fact]
    public void a_feminine_ending_reads_both_as_feminine_nominative_and_masculine_genitive()
    {
        var forms = Surnames.BaseForms("Іванова");
        Assert.Contains(new SurnameBaseForm("Іванова", Gender.Feminine, false), forms);
        Assert.Contains(new SurnameBaseForm("Іванов", Gender.Masculine, false), forms);
    }

    [Theory]
    [InlineData("Іванов", "Іванова", Gender.Feminine)]
    [InlineData("Петрова", "Петров", Gender.Masculine)]
    [InlineData("Лебедєва", "Лебедєв", Gender.Masculine)]
    [InlineData("Пушкін", "Пушкіна", Gender.Feminine)]
    [InlineData("Никитина", "Никитин", Gender.Masculine)]
    [InlineData("Шевчинський", "Шевчинська", Gender.Feminine)]
    [InlineData("Шевчинська", "Шевчинський", Gender.Masculine)]
    [InlineData("Достоевский", "Достоевская", Gender.Feminine)]
    [InlineData("Ivanov", "Ivanova", Gender.Feminine)]
    [InlineData("Ivanova", "Ivanov", Gender.Masculine)]
    public void the_other_genders_form_is_a_flagged_variant(string surname, string variant, Gender gender)
    {
        var form = Surnames.BaseForms(surname).SingleOrDefault(f => f.Form == variant);
        Assert.NotNull(form);
        Assert.Equal(gender, form.Gender);
        Assert.True(form.IsGenderVariant || surname.EndsWith('а'), $"{variant} should be flagged as a gender variant");
    }

    [Fact]
    public void capitals_are_kept() =>
        Assert.Contains(Surnames.BaseForms("ШЕВЧЕНКА"), f => f.Form == "ШЕВЧЕНКО");

    [Fact]
    public void an_indeclinable_surname_gives_only_itself() =>
        Assert.Equal(["Шевченко"], Surnames.BaseForms("Шевченко").Select(f => f.Form));
}
