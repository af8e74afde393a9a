using Parley.Matching.Reconciliation;
using Parley.Matching.Tests.Reconciliation;
using Xunit;
using static Parley.Matching.Tests.Reconciliation.People;

namespace Parley.Matching.Tests.Bugs;

/// <summary>
/// Issue 10, "Reconciliation that holds on lists it has never seen": the kinds of pair an independent generator's lists
/// showed being lost or held back, each among a background of other people.
/// </summary>
public class Issue10Tests
{
    private static Decision Decide(Records.ListRecord left, Records.ListRecord right) =>
        Reconciler.Reconcile(Left(left), Right(right)).DecisionOf(left.Id, right.Id);

    [Theory]
    [InlineData("1985-03-13")]
    [InlineData("1985-08-12")]
    [InlineData("1985-03-11")]
    public void a_pair_that_differs_by_one_digit_or_a_day_of_the_date_of_birth_is_a_match_not_a_review(string dob) =>
        Assert.Equal(Decision.Match, Decide(
            Person("L-1", "Коваленко", "Андрій", "Петрович", "1985-03-12", birthplace: "Суми"),
            Person("R-1", "Коваленко", "Андрей", "Петрович", dob)));

    [Fact]
    public void no_date_on_one_side_and_the_russian_forms_of_every_name_is_a_match() =>
        Assert.Equal(Decision.Match, Decide(
            Person("L-1", "Олійник", "Анатолій", "Олександрович", "1979-06-04"),
            Person("R-1", "Олийник", "Анатолий", "Александрович")));

    [Fact]
    public void swapped_order_in_a_full_name_with_the_russian_forms_is_a_match() =>
        Assert.Equal(Decision.Match, Decide(
            Person("L-1", "Орлов", "Сергій", "Андрійович", "1990-02-17"),
            Person("R-1", null, null, dob: "1990-02-17", fullName: "Сергей Андреевич Орлов")));

    [Fact]
    public void no_patronymic_and_a_typo_in_the_given_name_is_found() =>
        Assert.NotEqual(Decision.NoMatch, Decide(
            Person("L-1", "Гнатюк", "Павло", "Іванович", "1988-10-21"),
            Person("R-1", "Гнатюк", "Паввел", null, "1988-10-21")));

    [Fact]
    public void a_ukrainian_name_written_letter_by_letter_in_russian_letters_is_a_match() =>
        Assert.Equal(Decision.Match, Decide(
            Person("L-1", "Гайдай", "Микола", "Сергійович", "1993-12-01"),
            Person("R-1", "Гайдай", "Мыкола", "Сергийовыч", "1993-12-01")));

    [Theory]
    [InlineData("Lywtynenko", "Walerij")]
    [InlineData("Litwinenko", "Walerij")]
    [InlineData("LYTVYNENKO", "VALERII")]
    public void latin_under_german_polish_or_passport_schemes_with_no_date_is_found(string surname, string given) =>
        Assert.NotEqual(Decision.NoMatch, Decide(
            Person("L-1", "Литвиненко", "Валерій", "Миколайович", "1975-05-30"),
            Person("R-1", surname, given)));

    [Theory]
    [InlineData("BRICKIJ ALEKSANDR")]
    [InlineData("BRICZKIJ ALEKSANDR")]
    public void gost_7_79_in_capitals_with_no_date_is_found(string fullName) =>
        Assert.NotEqual(Decision.NoMatch, Decide(
            Person("L-1", "Брицький", "Олександр", "Петрович", "1982-01-09"),
            Person("R-1", null, null, fullName: fullName)));

    [Fact]
    public void a_pair_held_at_review_says_why_and_a_weak_field_is_never_the_reason()
    {
        var result = Reconciler.Reconcile(
            Left(Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "АВ123456")),
            Right(Person("R-1", "Шевченко", "Николай", "Иванович", "1985-03-12", serviceNumber: "КМ987654")));
        var pair = result.Pairs.Single(p => result.Left[p.Left].Source.Id == "L-1");
        Assert.Equal((Decision.Review, Hold.Clash), (pair.Decision, pair.Hold));
    }
}
