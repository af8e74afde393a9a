using Parley.Core.Exchanges;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

public partial class FeasibilityCheckTests
{
    [Fact]
    public void at_least_1200_each_is_feasible_from_the_offer_lists_but_not_yet_from_the_verified()
    {
        var formula = ExchangeFormula.Parse("at least 1200 for at least 1200");
        var counts = ListCounts.CreateBuilder(1)
            .AddPeople(Side.A, 0, PersonStatus.Verified, 595).AddPeople(Side.A, 0, PersonStatus.Matched, 650).AddPeople(Side.A, 0, PersonStatus.Declined, 5)
            .AddPeople(Side.B, 0, PersonStatus.Verified, 635).AddPeople(Side.B, 0, PersonStatus.Matched, 640).AddPeople(Side.B, 0, PersonStatus.Declined, 5)
            .Build();

        var onLists = FeasibilityCheck.Evaluate(formula, counts, Readiness.Offered);
        var verified = FeasibilityCheck.Evaluate(formula, counts, Readiness.Verified);

        Assert.True(onLists.Feasible);
        Assert.Equal("side A (RU) has 1,245 people on its offer list under term 1 (at least 1200 for at least 1200), 45 more than the 1,200 it must release",
            Say(onLists, formula, counts));
        Assert.False(verified.Feasible);
        Assert.Equal("side A (RU) has 595 verified people under term 1 (at least 1200 for at least 1200), 605 short of the 1,200 it must release",
            Say(verified, formula, counts));
    }

    [Fact]
    public void the_binding_constraint_is_the_side_with_the_most_missing_and_names_what_was_asked_but_not_offered()
    {
        var formula = ExchangeFormula.Parse("1300 for 1300");
        var counts = ListCounts.CreateBuilder(1)
            .AddPeople(Side.A, 0, PersonStatus.Matched, 1245).AddPeople(Side.B, 0, PersonStatus.Matched, 1275)
            .AddRequest(Side.A, 0, RequestStatus.Requested)
            .Build();

        var verdict = FeasibilityCheck.Evaluate(formula, counts, Readiness.Offered);

        Assert.False(verdict.Feasible);
        Assert.Equal(Side.A, verdict.Binding!.Side);
        Assert.Equal(-55, verdict.Binding.Slack);
        Assert.Equal("side A (RU) has 1,245 people on its offer list under term 1 (1300 for 1300), 55 short of the 1,300 it must release (1 more are asked of it but not offered)",
            Say(verdict, formula, counts));
    }

    [Fact]
    public void a_what_if_exact_term_below_what_a_side_has_already_released_cannot_be_met()
    {
        var formula = ExchangeFormula.Parse("100 for 100");
        var counts = ListCounts.CreateBuilder(1)
            .AddPeople(Side.A, 0, PersonStatus.Released, 390).AddPeople(Side.B, 0, PersonStatus.Received, 390)
            .Build();

        var verdict = FeasibilityCheck.Evaluate(formula, counts, Readiness.Offered);

        Assert.False(verdict.Feasible);
        Assert.Equal(ConstraintKind.ExactCap, verdict.Binding!.Kind);
        Assert.Equal("side A (RU) has already released 390 under term 1 (100 for 100), more than the 100 it may", Say(verdict, formula, counts));
    }

    [Fact]
    public void under_a_balanced_at_least_term_a_side_must_hold_as_many_as_the_other_has_released()
    {
        var formula = ExchangeFormula.Parse("at least 5 for at least 5");
        var counts = ListCounts.CreateBuilder(1)
            .AddPeople(Side.A, 0, PersonStatus.Released, 8).AddPeople(Side.B, 0, PersonStatus.Verified, 6)
            .Build();

        var verdict = FeasibilityCheck.Evaluate(formula, counts, Readiness.Offered);

        Assert.False(verdict.Feasible);
        Assert.Equal(ConstraintKind.Parity, verdict.Binding!.Kind);
        Assert.Equal("side B (UA) has 6 people on its offer list under term 1 (at least 5 for at least 5), 2 short of the 8 side A (RU) has already released under this balanced term",
            Say(verdict, formula, counts));
    }

    [Fact]
    public void a_floor_above_what_exact_terms_allow_cannot_be_met_however_many_are_listed()
    {
        var formula = ExchangeFormula.Parse("1000 for 1000 of a; at least 5000 in total");
        var counts = ListCounts.CreateBuilder(1)
            .AddPeople(Side.A, 0, PersonStatus.Verified, 9000).AddPeople(Side.B, 0, PersonStatus.Verified, 9000)
            .Build();

        var verdict = FeasibilityCheck.Evaluate(formula, counts, Readiness.Offered);

        Assert.False(verdict.Feasible);
        Assert.Equal(ConstraintKind.Floor, verdict.Binding!.Kind);
        Assert.Equal("side A (RU) can release at most 1,000 in total under the terms, counting people on its offer list, 4,000 short of the floor of at least 5,000 in total",
            Say(verdict, formula, counts));
    }

    [Fact]
    public void a_balanced_term_carries_no_more_towards_a_sides_floor_than_the_other_side_can_match()
    {
        // Side A holds 200 under the balanced term, but side B only 50, so side A can release at most 50 there.
        var formula = ExchangeFormula.Parse("at least 5 for at least 5 of a; all for all of b; at least 100 in total");
        var counts = ListCounts.CreateBuilder(2)
            .AddPeople(Side.A, 0, PersonStatus.Verified, 200)
            .AddPeople(Side.B, 0, PersonStatus.Verified, 50).AddPeople(Side.B, 1, PersonStatus.Verified, 60)
            .Build();

        var verdict = FeasibilityCheck.Evaluate(formula, counts, Readiness.Offered);

        Assert.False(verdict.Feasible);
        Assert.Equal(Side.A, verdict.Binding!.Side);
        Assert.Equal(50, verdict.Binding.Have);
        Assert.Equal(110, FeasibilityCheck.MaxTotal(formula, counts, Readiness.Offered, Side.B));
    }

    [Fact]
    public void all_for_all_without_a_floor_sets_no_condition_and_is_always_feasible()
    {
        var formula = ExchangeFormula.Parse("all for all of civilians");
        var counts = ListCounts.CreateBuilder(1).AddPeople(Side.A, 0, PersonStatus.Offered, 3).Build();

        var verdict = FeasibilityCheck.Evaluate(formula, counts, Readiness.Verified);

        Assert.True(verdict.Feasible);
        Assert.Null(verdict.Binding);
    }

    [Fact]
    public void people_under_no_term_are_counted_apart_and_never_as_supply()
    {
        var formula = ExchangeFormula.Parse("2 for 2 of a");
        var counts = ListCounts.CreateBuilder(1)
            .AddPerson(Side.A, null, PersonStatus.Verified).AddPerson(Side.A, null, PersonStatus.Verified).AddPeople(Side.B, 0, PersonStatus.Verified, 2)
            .Build();

        Assert.Equal(2, counts.Unattributed(Side.A).Verified);
        Assert.False(FeasibilityCheck.IsFeasible(formula, counts, Readiness.Offered));
    }

    private static string Say(FeasibilityVerdict verdict, ExchangeFormula formula, ListCounts counts) =>
        ConstraintSentence.Of(verdict.Binding!, verdict.Readiness, formula, "RU", "UA", counts);
}
