using Parley.Matching.Scoring;
using Parley.Matching.Tests.Reconciliation;
using Xunit;

namespace Parley.Matching.Tests.Scoring;

public class RecordPreparerTests
{
    private readonly RecordPreparer _preparer = new();

    [Fact]
    public void separate_columns_are_read_as_they_are()
    {
        var p = _preparer.Prepare(People.Person("a", "Шевченко", "Микола", "Іванович"), 0);
        Assert.Equal(("Шевченко", "Микола", "Іванович", false), (p.SurnameText, p.GivenText, p.PatronymicText, p.ReadSwapped));
    }

    [Fact]
    public void a_given_name_in_the_surname_column_is_read_swapped()
    {
        var p = _preparer.Prepare(People.Person("a", "Виктор", "Мельник", "Святославович"), 0);
        Assert.Equal(("Мельник", "Виктор", true), (p.SurnameText, p.GivenText, p.ReadSwapped));
    }

    [Theory]
    [InlineData("Serhij", "Pryssjaschnjuk-Sachartschenko", "Pryssjaschnjuk-Sachartschenko", "Serhij", true)]
    [InlineData("Serhij", "Kononenko", "Serhij", "Kononenko", false)]
    public void a_given_name_read_only_by_its_sound_beside_a_double_surname_is_read_swapped(
        string surnameColumn, string givenColumn, string surname, string given, bool swapped)
    {
        // Issue 10 (eval: a double surname written in swapped order under German transcription). Beside one surname the
        // columns stay as written: a misspelt given name too often sounds like another name.
        var p = _preparer.Prepare(People.Person("a", surnameColumn, givenColumn, "Oleksandrowytsch"), 0);
        Assert.Equal((surname, given, swapped), (p.SurnameText, p.GivenText, p.ReadSwapped));
    }

    [Theory]
    [InlineData("Зорян", "Коваль-Шевченко", "Коваль-Шевченко", "Зорян", true)]
    [InlineData("Zorian", "Koval-Shevchenko", "Koval-Shevchenko", "Zorian", true)]
    [InlineData("Коваль", "Анна-Марія", "Коваль", "Анна-Марія", false)]
    [InlineData("Мельник-Бойко", "Коваль-Шевченко", "Мельник-Бойко", "Коваль-Шевченко", false)]
    public void a_double_name_with_no_given_name_in_it_in_the_given_column_is_read_as_the_surname(
        string surnameColumn, string givenColumn, string surname, string given, bool swapped)
    {
        // Issue 10 (eval: a swap beside a double surname, with a given name the lexicon does not know). A double given
        // name has a known given name in it; two double names side by side say nothing about the order.
        var p = _preparer.Prepare(People.Person("a", surnameColumn, givenColumn, "Русланович"), 0);
        Assert.Equal((surname, given, swapped), (p.SurnameText, p.GivenText, p.ReadSwapped));
    }

    [Theory]
    [InlineData("Задорожнього", "Олександра", "Максимовича", "Задорожній", "Олександр", "Максимович", ComparisonLevels.Given.Exact)]
    [InlineData("Zadorozhnoho", "Oleksandra", "Maksymovycha", "Задорожній", "Олександр", "Максимович", ComparisonLevels.Given.Exact)]
    [InlineData("Задорожня", "Олександра", "Максимівна", "Задорожній", "Олександр", "Максимович", ComparisonLevels.Given.OtherNameAlike)]
    [InlineData("Задорожня", "Олександра", "Максимівна", "Задорожня", "Олександра", "Максимівна", ComparisonLevels.Given.Exact)]
    public void a_womans_name_beside_a_mans_patronymic_in_the_genitive_is_read_as_the_mans_name_in_that_case(
        string surname, string given, string patronymic, string otherSurname, string otherGiven, string otherPatronymic, int level)
    {
        // Issue 10 (eval: a name copied out of an order, "Задорожнього Олександра Максимовича"): Олександра is a woman's
        // name, but beside Максимовича it is the genitive of Олександр. A woman's patronymic leaves it a woman's name.
        var declined = _preparer.Prepare(People.Person("a", surname, given, patronymic), 0);
        var other = _preparer.Prepare(People.Person("b", otherSurname, otherGiven, otherPatronymic), 0);
        Assert.Equal(level, Comparer.Compare(declined, other)[Field.Given]);
    }

    [Theory]
    [InlineData("Шевченко Микола Іванович", "Шевченко", "Микола", "Іванович")]
    [InlineData("Микола Іванович Шевченко", "Шевченко", "Микола", "Іванович")]
    [InlineData("Mykola Shevchenko", "Shevchenko", "Mykola", "")]
    [InlineData("Shevchenko Mykola", "Shevchenko", "Mykola", "")]
    [InlineData("Микола ШЕВЧЕНКО", "ШЕВЧЕНКО", "Микола", "")]
    [InlineData("Шевченко - Коваль Олена Іванівна", "Шевченко-Коваль", "Олена", "Іванівна")]
    public void a_full_name_column_is_split_into_surname_given_name_and_patronymic(string full, string surname, string given, string patronymic)
    {
        var p = _preparer.Prepare(People.Person("a", null, null, fullName: full), 0);
        Assert.Equal((surname, given, patronymic), (p.SurnameText, p.GivenText, p.PatronymicText));
    }

    [Theory]
    [InlineData("Оксанка", "Оксана", ComparisonLevels.Given.SameName)]
    [InlineData("Ніночка", "Nina", ComparisonLevels.Given.SameName)]
    [InlineData("Oksanka", "Оксана", ComparisonLevels.Given.SameName)]
    [InlineData("Ianotchka", "Яна", ComparisonLevels.Given.SameName)]
    [InlineData("Ninočka", "Ніна", ComparisonLevels.Given.SameName)]
    [InlineData("Оксанка", "Олена", ComparisonLevels.Given.Different)]
    [InlineData("Maka", "Макар", ComparisonLevels.Given.Close)]
    public void a_pet_form_built_with_a_diminutive_suffix_is_read_as_the_full_name(string petForm, string fullName, int level)
    {
        // Issue 10 (match10): the lexicon lists some pet forms (Саша, Коля); the suffixes that build the rest are few
        // (-ка, -очка, -ко, -ик), and a clerk writing the name as the person gave it uses them. A short suffix on a short
        // stem is a typo more often (Maka for Makar, not Майя).
        var a = _preparer.Prepare(People.Person("a", "Кравченко", petForm), 0);
        var b = _preparer.Prepare(People.Person("b", "Кравченко", fullName), 0);
        Assert.Equal(level, Comparer.Compare(a, b)[Field.Given]);
    }

    [Fact]
    public void a_declined_surname_shares_a_key_with_its_nominative()
    {
        var declined = _preparer.Prepare(People.Person("a", "Ковальчуком", "Петро"), 0);
        var nominative = _preparer.Prepare(People.Person("b", "Ковальчук", "Петро"), 0);
        Assert.Equal(ComparisonLevels.Surname.Phonetic, Comparer.Surname(declined.Surname, nominative.Surname));
    }

    [Fact]
    public void service_numbers_ignore_case_and_separators() =>
        Assert.Equal("AB123456", RecordPreparer.NormaliseServiceNumber(" ab-123 456 "));
}
