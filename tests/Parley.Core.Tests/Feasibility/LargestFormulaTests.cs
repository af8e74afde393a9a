using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Feasibility;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

public class LargestFormulaTests
{
    private static readonly LocalDate Today = new(2025, 5, 23);

    private static LargestFormula Largest(World world, string template, ForecastSettings? settings = null) =>
        FeasibilityAnalysis.Analyse(world.State, World.X, world.History, new FeasibilityQuestion(Settings: settings, Largest: FormulaTemplate.Parse(template))).Largest!;

    [Fact]
    public void the_largest_n_for_n_is_what_the_shorter_side_holds_and_one_more_says_who_is_short()
    {
        var world = World.WithExchange("all for all");
        world.ListVerified(Side.A, 10);
        world.ListVerified(Side.B, 7);
        world.Move(Movement.Match, world.List(Side.B, 5));

        var largest = Largest(world, "N for N");

        Assert.Equal(10, largest.OnLists);
        Assert.Equal("10 for 10", largest.OnListsFormula);
        Assert.Equal(7, largest.ReadyNow);
        Assert.Equal("at N = 11 (11 for 11): side A (RU) has 10 people on its offer list under term 1 (11 for 11), 1 short of the 11 it must release", largest.Limit);
    }

    [Fact]
    public void a_template_nothing_on_the_lists_can_carry_has_no_largest_n_and_says_why()
    {
        var world = World.WithExchange("all for all");
        world.ListVerified(Side.A, 3, "military");

        var largest = Largest(world, "N for N of civilian");

        Assert.Null(largest.OnLists);
        Assert.Null(largest.OnListsFormula);
        Assert.StartsWith("at N = 1 (1 for 1 of civilian): side A (RU) has 0 people", largest.Limit, StringComparison.Ordinal);
    }

    [Fact]
    public void when_a_larger_n_helps_a_floor_the_largest_is_still_found()
    {
        // An exact term feeds the floor: N = 1 to 9 leave side A short of 12 in total, N = 10 to 15 are fulfillable.
        var world = World.WithExchange("all for all");
        world.ListVerified(Side.A, 15, "a");
        world.ListVerified(Side.B, 15, "a");
        world.ListVerified(Side.A, 2, "b");
        world.ListVerified(Side.B, 2, "b");

        var template = FormulaTemplate.Parse("N for N of a; all for all of b; at least 12 in total");
        var counts = ListCounts.Of(world.Exchange, template.With(1));

        Assert.Equal(15, Largest(world, template.Text).OnLists);
        Assert.False(FeasibilityCheck.IsFeasible(template.With(9), counts, Readiness.Offered));
        Assert.True(FeasibilityCheck.IsFeasible(template.With(10), counts, Readiness.Offered));
    }

    [Fact]
    public void by_a_date_the_largest_n_is_what_the_stages_until_then_can_carry()
    {
        var world = World.WithExchange("300 for 300");
        var a = world.ListVerified(Side.A, 300);
        var b = world.ListVerified(Side.B, 300);
        world.RunStage("s1", a.Take(100).ToList(), b.Take(100).ToList(), Today);

        var largest = Largest(world, "N for N", new ForecastSettings(stagesPerWeek: 7, by: Today.PlusDays(1)));

        Assert.Equal(300, largest.OnLists);
        Assert.Equal(Today.PlusDays(1), largest.By);
        Assert.Equal(200, largest.ByLikely);
        Assert.Equal(200, largest.ByAlmostSurely);
        Assert.Null(largest.ByNote);
    }

    [Fact]
    public void by_a_date_with_no_pace_to_go_on_there_is_no_answer_and_the_note_says_what_is_missing()
    {
        var world = World.WithExchange("300 for 300");
        world.ListVerified(Side.A, 300);
        world.ListVerified(Side.B, 300);

        var largest = Largest(world, "N for N", new ForecastSettings(by: Today.PlusDays(10)));

        Assert.Null(largest.ByLikely);
        Assert.Equal("no stage has been held yet, so how many a stage carries is unknown: give --stage-capacity N", largest.ByNote);
    }
}
