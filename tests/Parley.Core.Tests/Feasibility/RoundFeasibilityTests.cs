using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

/// <summary>A what-if asked of a round: the lists and the pace of all its exchanges together.</summary>
public class RoundFeasibilityTests
{
    private static readonly DateTimeZone Istanbul = DateTimeZoneProviders.Tzdb["Europe/Istanbul"];

    private static Instant On(int day) => new LocalDateTime(2025, 5, day, 10, 0).InZoneStrictly(Istanbul).ToInstant();

    /// <summary>Exchange x1 (RU, UA) of the world, and a second exchange of round r1 from agreement a2, with its parties as given.</summary>
    private static World TwoExchanges(string sideA = "RU", string sideB = "UA", string second = "x2")
    {
        var world = World.WithExchange("all for all");
        if (sideA == "BY" || sideB == "BY")
        {
            world.Do(new RegisterParty("BY", "Synthetic Party"));
        }
        world.Do(new RecordAgreement("a2", "r1", "Exchange of the wounded", "The sides agreed a second exchange.", "all for all of wounded"));
        world.Do(new OpenExchange(second, "a2", sideA, sideB));
        return world;
    }

    private static void List(World world, string exchange, Side side, int count, string prefix, params string[] categories) =>
        world.Do(new ListPersons(exchange, side, [.. Enumerable.Range(1, count).Select(n => World.Entry($"{prefix}-{side}-{n}", categories))]));

    private static FeasibilityReport Ask(World world, string formula, string round = "r1") =>
        FeasibilityAnalysis.AnalyseRound(world.State, round, world.History, new FeasibilityQuestion(ExchangeFormula.Parse(formula)));

    [Fact]
    public void a_rounds_lists_are_its_exchanges_lists_attributed_to_the_formula_by_category_and_added_up()
    {
        var world = TwoExchanges();
        world.ListVerified(Side.A, 3, "military");
        world.List(Side.B, 2, "military");
        List(world, "x2", Side.A, 4, "w", "wounded");
        List(world, "x2", Side.B, 1, "w", "wounded");

        var report = Ask(world, "5 for 5 of wounded; 3 for 3");

        Assert.Null(report.Exchange);
        Assert.Equal("r1", report.Round);
        Assert.Equal(["x1", "x2"], report.Exchanges);
        Assert.True(report.WhatIf);
        Assert.Null(report.AgreedFormula);
        Assert.Equal((4, 1), (report.Terms[0].A.Counts.Offered, report.Terms[0].B.Counts.Offered));
        Assert.Equal((3, 0, 2), (report.Terms[1].A.Counts.Verified, report.Terms[1].A.Counts.Offered, report.Terms[1].B.Counts.Offered));
        Assert.False(report.Feasible);
        Assert.StartsWith("side B (UA) has 1 people on its offer list under term 1 (5 for 5 of wounded), 4 short", report.Binding, StringComparison.Ordinal);
    }

    [Fact]
    public void an_exchange_naming_the_same_parties_the_other_way_round_is_counted_with_its_sides_swapped()
    {
        var world = TwoExchanges(sideA: "UA", sideB: "RU");
        world.List(Side.A, 2, "military");
        // Side A of x2 is UA: its people go on the round's side B.
        List(world, "x2", Side.A, 4, "w", "wounded");

        var report = Ask(world, "10 for 10");

        Assert.Equal(("RU", "UA"), (report.SideA, report.SideB));
        Assert.Equal((2, 4), (report.Terms[0].A.Counts.Offered, report.Terms[0].B.Counts.Offered));
    }

    [Fact]
    public void a_round_whose_exchanges_are_between_different_parties_is_refused_naming_each_exchange_and_its_parties()
    {
        var world = TwoExchanges(sideA: "RU", sideB: "BY");

        var e = Assert.Throws<RoundPartiesDifferException>(() => Ask(world, "10 for 10"));

        Assert.Equal("round 'r1' cannot be asked as one: its exchanges are not all between the same two parties (x1: RU and UA; x2: RU and BY); ask each exchange on its own", e.Message);
    }

    [Fact]
    public void an_unknown_round_is_refused_naming_the_rounds_the_record_holds()
    {
        var world = TwoExchanges();

        var e = Assert.Throws<UnknownRoundException>(() => Ask(world, "10 for 10", round: "r9"));

        Assert.Equal("no round 'r9' in this record; it holds r1", e.Message);
        Assert.Equal(["r1"], e.Known);
    }

    [Fact]
    public void a_round_without_an_exchange_is_refused_saying_there_are_no_lists_to_count()
    {
        var world = World.Talks();
        world.Do(new RecordAgreement("a1", "r1", "Statement", "The sides agreed to meet again."));

        var e = Assert.Throws<RoundWithoutExchangeException>(() => Ask(world, "10 for 10"));

        Assert.StartsWith("round 'r1' has no exchange yet (one agreement, no exchange opened from it), so there are no lists to count", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void asked_only_for_the_largest_n_a_round_reports_that_formula()
    {
        var world = TwoExchanges();
        world.ListVerified(Side.A, 3, "military");
        world.List(Side.B, 2, "military");
        List(world, "x2", Side.B, 4, "w", "wounded");

        var report = FeasibilityAnalysis.AnalyseRound(world.State, "r1", world.History, new FeasibilityQuestion(Largest: FormulaTemplate.Parse("N for N")));

        Assert.Equal(3, report.Largest!.OnLists);
        Assert.Equal("3 for 3", report.Formula);
        Assert.True(report.Feasible);
    }

    [Fact]
    public void counts_of_several_exchanges_add_up_per_term_and_side_and_only_under_the_same_number_of_terms()
    {
        var one = ListCounts.CreateBuilder(1).AddPeople(Side.A, 0, PersonStatus.Verified, 3).AddPeople(Side.B, null, PersonStatus.Offered, 2).Build();
        var other = ListCounts.CreateBuilder(1).AddPeople(Side.A, 0, PersonStatus.Verified, 4).AddPeople(Side.B, 0, PersonStatus.Released, 1).Build();

        var sum = ListCounts.Sum([one, other]);
        var swapped = sum.WithSidesSwapped();

        Assert.Equal((7, 1, 2), (sum[0, Side.A].Verified, sum[0, Side.B].Released, sum.Unattributed(Side.B).Offered));
        Assert.Equal((7, 1, 2), (swapped[0, Side.B].Verified, swapped[0, Side.A].Released, swapped.Unattributed(Side.A).Offered));
        Assert.Throws<ArgumentException>(() => ListCounts.Sum([one, ListCounts.CreateBuilder(2).Build()]));
    }

    [Fact]
    public void merged_activity_adds_up_interviews_per_day_makes_one_handover_of_a_days_stages_and_carries_an_idle_exchanges_progress_forward()
    {
        var day20 = new LocalDate(2025, 5, 20);
        var day21 = day20.PlusDays(1);
        var standing = new StatusCounts(Verified: 2, Requested: 0, Outstanding: 0, Offered: 0, Matched: 0, Scheduled: 0, Released: 0, Declined: 0, Left: 0);
        var x1 = new ExchangeActivity("x1", On(21),
            [new InterviewDay(day20, Side.A, 3, 1)],
            [new HeldStage("s1", day21, On(21), 5, 5)],
            [new PlannedStage("s2", day21.PlusDays(3), 4, 4)],
            [new ProgressDay(day20, standing, default)],
            null);
        var x2 = new ExchangeActivity("x2", On(22),
            [new InterviewDay(day20, Side.A, 2, 0), new InterviewDay(day21, Side.B, 1, 0)],
            [new HeldStage("s1", day21, On(21), 2, 1)],
            [],
            [new ProgressDay(day21, default, standing)],
            On(22));

        var merged = ExchangeActivity.Merge("r1", [x1, x2]);

        Assert.Equal(On(22), merged.AsOf);
        Assert.Equal([new InterviewDay(day20, Side.A, 5, 1), new InterviewDay(day21, Side.B, 1, 0)], merged.Interviews);
        var handover = Assert.Single(merged.HeldStages);
        Assert.Equal(("x1/s1+x2/s1", 7, 6), (handover.Id, handover.ReleasedA, handover.ReleasedB));
        Assert.Equal("x1/s2", Assert.Single(merged.OpenStages).Id);
        // x1 was idle on the 21st: it still stood where it did at the end of the 20th.
        Assert.Equal([(day20, 2, 0), (day21, 2, 2)], merged.Progress.Select(p => (p.Date, p.A.Verified, p.B.Verified)));
        Assert.Null(merged.FulfilledAt);
    }
}
