using Parley.Matching.Names;
using Xunit;

namespace Parley.Matching.Tests.Names;

public class GivenNamesTests
{
    [Theory]
    [InlineData("Микола", "Николай")]
    [InlineData("Олександр", "Александр")]
    [InlineData("Андрій", "Андрей")]
    [InlineData("Олексій", "Алексей")]
    [InlineData("Сергій", "Сергей")]
    [InlineData("Дмитро", "Дмитрий")]
    [InlineData("Іван", "Иван")]
    [InlineData("Петро", "Пётр")]
    [InlineData("Петро", "Петр")]
    [InlineData("Василь", "Василий")]
    [InlineData("Юрій", "Юрий")]
    [InlineData("Євген", "Евгений")]
    [InlineData("Олег", "Олег")]
    [InlineData("Григорій", "Григорий")]
    [InlineData("Тарас", "Тарас")]
    [InlineData("Богдан", "Богдан")]
    [InlineData("Віктор", "Виктор")]
    [InlineData("Володимир", "Владимир")]
    [InlineData("Олена", "Елена")]
    [InlineData("Наталія", "Наталья")]
    [InlineData("Ганна", "Анна")]
    [InlineData("Тетяна", "Татьяна")]
    [InlineData("Катерина", "Екатерина")]
    [InlineData("Пилип", "Филипп")]
    [InlineData("Хома", "Фома")]
    public void ukrainian_and_russian_forms_share_one_id(string ukrainian, string russian)
    {
        Assert.NotNull(GivenNames.Canonical(ukrainian));
        Assert.Equal(GivenNames.Canonical(ukrainian), GivenNames.Canonical(russian));
    }

    [Theory]
    [InlineData("Саша", "Олександр")]
    [InlineData("Коля", "Микола")]
    [InlineData("Сергійко", "Сергій")]
    [InlineData("Серёжа", "Сергей")]
    [InlineData("Вова", "Володимир")]
    [InlineData("Дима", "Дмитрий")]
    [InlineData("Женя", "Євген")]
    [InlineData("Наташа", "Наталія")]
    [InlineData("Маша", "Марія")]
    [InlineData("Таня", "Татьяна")]
    public void diminutives_map_to_the_full_name(string diminutive, string full) =>
        Assert.Equal(GivenNames.Canonical(full), GivenNames.Canonical(diminutive));

    [Theory]
    [InlineData("Mykola", "nikolai")]
    [InlineData("Nikolai", "nikolai")]
    [InlineData("Nikolay", "nikolai")]
    [InlineData("Nikolaj", "nikolai")]
    [InlineData("Nikolaï", "nikolai")]
    [InlineData("Nicolas", "nikolai")]
    [InlineData("Mikołaj", "nikolai")]
    [InlineData("Oleksandr", "aleksandr")]
    [InlineData("Alexandr", "aleksandr")]
    [InlineData("Yevhen", "evgenii")]
    [InlineData("Jewgeni", "evgenii")]
    [InlineData("Ievgueni", "evgenii")]
    [InlineData("Olha", "olga")]
    [InlineData("Hanna", "anna")]
    [InlineData("Iuliia", "yulia")]
    [InlineData("Yuliia", "yulia")]
    [InlineData("Julija", "yulia")]
    [InlineData("MYKOLA", "nikolai")]
    public void latin_spellings_in_any_scheme_resolve(string latin, string id) =>
        Assert.Equal(id, GivenNames.Canonical(latin));

    [Fact]
    public void a_shared_diminutive_lists_both_readings_most_common_first() =>
        Assert.Equal(["aleksandr", "aleksandra"], GivenNames.Candidates("Саша"));

    [Fact]
    public void unknown_names_have_no_id() =>
        Assert.Null(GivenNames.Canonical("Шевченко"));

    [Fact]
    public void the_list_holds_at_least_150_male_and_80_female_pairs()
    {
        Assert.True(GivenNames.All.Count(n => n.Gender == Gender.Masculine) >= 150);
        Assert.True(GivenNames.All.Count(n => n.Gender == Gender.Feminine) >= 80);
        Assert.All(GivenNames.All, n => Assert.True(n.Ukrainian.Count > 0 && n.Russian.Count > 0, n.Id));
    }

    [Fact]
    public void ids_are_unique_and_every_name_resolves_to_itself() =>
        Assert.All(GivenNames.All, n =>
        {
            Assert.Contains(n.Id, GivenNames.Candidates(n.Ukrainian[0]));
            Assert.Contains(n.Id, GivenNames.Candidates(n.Russian[0]));
        });
}
