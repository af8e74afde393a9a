using Parley.Matching.Scoring;
using Parley.Matching.Tests.Reconciliation;
using Xunit;
using L = Parley.Matching.Scoring.ComparisonLevels;

namespace Parley.Matching.Tests.Scoring;

public class ComparerTests
{
    [Theory]
    [InlineData("1985-03-12", "1985-03-12", L.Date.Exact)]
    [InlineData("1985-03-12", "1985-12-03", L.Date.Swapped)]
    [InlineData("1985-03-12", "1985-03", L.Date.Partial)]
    [InlineData("1985-03-12", "1985", L.Date.Partial)]
    [InlineData("1985-03-12", "1985-03-13", L.Date.OneDigit)]
    [InlineData("1985-03-12", "1986-03-12", L.Date.OneDigit)]
    [InlineData("1989-03-12", "1990-03-12", L.Date.YearOff)]
    [InlineData("1985-03-19", "1985-03-21", L.Date.DayClose)]
    [InlineData("1985-03-12", "1985-01-01", L.Date.Placeholder)]
    [InlineData("1985-03-12", "1985-03-01", L.Date.Placeholder)]
    [InlineData("1985-03-12", "1985-03-29", L.Date.TwoParts)]
    [InlineData("1985-03-12", "1979-11-29", L.Date.Different)]
    [InlineData("1985-03-12", "1984", L.Date.YearOff)]
    [InlineData("1985-03-12", "1983", L.Date.Different)]
    [InlineData("1985-03-12", null, L.Missing)]
    public void dates_of_birth_compare_at_the_expected_level(string a, string? b, int level) =>
        Assert.Equal(level, Comparer.Date(People.Date(a), People.Date(b)));

    [Theory]
    [InlineData("солдат", "Private", L.Plain.Same)]
    [InlineData("старший сержант", "senior sergeant", L.Plain.Same)]
    [InlineData("штаб-сержант", "старшина", L.Plain.Same)]
    [InlineData("лейтенант", "senior lieutenant", L.Plain.Close)]
    [InlineData("сержант", "private", L.Plain.Different)]
    [InlineData("підполковник", "lance sergeant", L.Plain.Different)]
    [InlineData("рекрут", "рекрут", L.Plain.Same)]
    [InlineData("рекрут", "солдат", L.Missing)]
    [InlineData("солдат", null, L.Missing)]
    public void ranks_compare_by_grade_in_any_language(string a, string? b, int level)
    {
        var preparer = new RecordPreparer();
        var left = preparer.Prepare(People.Person("a", "Шевченко", "Микола", rank: a), 0);
        var right = preparer.Prepare(People.Person("b", "Shevchenko", "Mykola", rank: b), 0);
        Assert.Equal(level, Comparer.Compare(left, right)[Field.Rank]);
    }

    [Theory]
    [InlineData("AB123456", "AB123456", true)]
    [InlineData("AB123456", "AB123457", true)]
    [InlineData("AB123456", "AB12345", true)]
    [InlineData("AB123456", "AB124356", true)]
    [InlineData("AB123456", "AB654321", false)]
    [InlineData("AB123456", "AB1234", false)]
    public void one_edit_means_one_character_added_dropped_changed_or_transposed(string a, string b, bool expected) =>
        Assert.Equal(expected, Comparer.WithinOneEdit(a, b));

    [Theory]
    [InlineData("Гавриш-Шульга", "Shukga")]
    [InlineData("Shukga", "Гавриш-Шульга")]
    public void one_part_of_a_double_surname_written_alone_with_a_typo_is_a_close_surname(string surname, string otherSurname)
    {
        // Issue 10 (eval: a double surname written in part, with a typo): weighed as a typo, not as another surname.
        var preparer = new RecordPreparer();
        var a = preparer.Prepare(People.Person("a", surname, "Сергій"), 0);
        var b = preparer.Prepare(People.Person("b", otherSurname, "Сергій"), 0);
        Assert.Equal(L.Surname.Close, Comparer.Compare(a, b)[Field.Surname]);
    }

    [Fact]
    public void a_swap_with_the_other_name_misspelt_past_reading_is_compared_crosswise()
    {
        // Issue 10 (eval: swapped order and a typo in the given name): as written neither name agrees; crosswise the
        // surname does, and the given name is weighed as different rather than both names.
        var preparer = new RecordPreparer();
        var a = preparer.Prepare(People.Person("a", "Мартинюк", "Жанна", "Віталіївна", "1968-03-19"), 0);
        var b = preparer.Prepare(People.Person("b", "Jznna", "Martyniouk", "Vitaliïvna", "1968-03-01"), 0);
        var v = Comparer.Compare(a, b);
        Assert.Equal(L.Surname.Transliterated, v[Field.Surname]);
        Assert.Equal(L.Given.Different, v[Field.Given]);
    }

    [Fact]
    public void names_in_other_scripts_and_forms_compare_as_the_same()
    {
        var preparer = new RecordPreparer();
        var a = preparer.Prepare(People.Person("a", "Шевченко", "Микола", "Іванович", "1985-03-12"), 0);
        var b = preparer.Prepare(People.Person("b", "Schewtschenko", "Nikolai", "Iwanowitsch", "1985-03-12"), 0);
        var v = Comparer.Compare(a, b);
        Assert.Equal(L.Surname.Transliterated, v[Field.Surname]);
        Assert.Equal(L.Given.SameName, v[Field.Given]);
        Assert.Equal(L.Patronymic.Same, v[Field.Patronymic]);
        Assert.Equal(L.Date.Exact, v[Field.DateOfBirth]);
        Assert.Equal(L.Missing, v[Field.ServiceNumber]);
    }

    [Fact]
    public void the_father_column_answers_the_other_sides_patronymic_when_one_side_has_none()
    {
        var preparer = new RecordPreparer();
        var a = preparer.Prepare(People.Person("a", "Шевченко", "Микола", father: "Іван Шевченко"), 0);
        var b = preparer.Prepare(People.Person("b", "Шевченко", "Николай", "Иванович"), 0);
        var c = preparer.Prepare(People.Person("c", "Шевченко", "Николай", "Петрович"), 0);
        Assert.Equal(L.Plain.Same, Comparer.Father(a, b));
        Assert.Equal(L.Plain.Different, Comparer.Father(a, c));
    }

    [Fact]
    public void the_father_column_is_not_counted_again_when_both_sides_give_a_patronymic()
    {
        var preparer = new RecordPreparer();
        var a = preparer.Prepare(People.Person("a", "Шевченко", "Микола", "Іванович", father: "Іван Шевченко"), 0);
        var b = preparer.Prepare(People.Person("b", "Шевченко", "Николай", "Иванович"), 0);
        Assert.Equal(L.Missing, Comparer.Father(a, b));
    }

    [Theory]
    [InlineData("АВ 123456", "AB-123456", L.Service.Exact)]
    [InlineData("АВ №123456", "ав123456", L.Service.Exact)]
    [InlineData("АВ123456", "AV123456", L.Service.Exact)]
    [InlineData("АВ123456", "123456", L.Service.SameDigits)]
    [InlineData("АВ123456", "АВ124356", L.Service.OneEdit)]
    [InlineData("АВ123456", "КМ654321", L.Service.Different)]
    public void service_numbers_agree_however_the_clerks_wrote_them(string a, string b, int level)
    {
        var preparer = new RecordPreparer();
        var x = preparer.Prepare(People.Person("a", "Шевченко", "Микола", serviceNumber: a), 0);
        var y = preparer.Prepare(People.Person("b", "Шевченко", "Микола", serviceNumber: b), 0);
        Assert.Equal(level, Comparer.Service(x, y));
    }
}
