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
