using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Exchanges;

/// <summary>The 2025 Istanbul agreements (shared/data/istanbul-2025.md) replayed with synthetic rosters.</summary>
public class IstanbulScenarioTests
{
    private const string Round2People = "all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total";

    [Fact]
    public void the_may_2025_replay_ends_fulfilled_at_1000_each_side_in_stages_390_307_303()
    {
        var world = World.WithExchange("1000 for 1000");
        var militaryA = world.ListVerified(Side.A, 880, "military");
        var civiliansA = world.ListVerified(Side.A, 120, "civilian");
        var militaryB = world.ListVerified(Side.B, 880, "military");
        var civiliansB = world.ListVerified(Side.B, 120, "civilian");

        // Stage 1, Friday 23 May: 270 military and 120 civilians each way.
        world.RunStage("s1", [.. militaryA.Take(270), .. civiliansA], [.. militaryB.Take(270), .. civiliansB], new LocalDate(2025, 5, 23));
        Assert.Equal(new StageClosed(World.X, "s1", World.Now, 390, 390) { Actor = Actor.CommandLine }, Assert.Single(world.Events));
        foreach (var side in new[] { Side.A, Side.B })
        {
            var inStage1 = world.Exchange.Persons.Values.Where(p => p.Side == side && p.StageId == "s1").ToList();
            Assert.Equal(270, inStage1.Count(p => p.Details!.Categories.Contains("military")));
            Assert.Equal(120, inStage1.Count(p => p.Details!.Categories.Contains("civilian")));
        }

        // Stages 2 and 3, 24 and 25 May: military.
        world.RunStage("s2", [.. militaryA.Skip(270).Take(307)], [.. militaryB.Skip(270).Take(307)], new LocalDate(2025, 5, 24));
        Assert.False(world.Exchange.Fulfilled);
        Assert.DoesNotContain(world.Events, e => e is ExchangeFulfilled);
        world.RunStage("s3", [.. militaryA.Skip(577)], [.. militaryB.Skip(577)], new LocalDate(2025, 5, 25));

        Assert.Equal(
            [new StageClosed(World.X, "s3", World.Now, 303, 303) { Actor = Actor.CommandLine }, new ExchangeFulfilled(World.X, World.Now, 1000, 1000) { Actor = Actor.CommandLine }],
            world.Events);
        var x = world.Exchange;
        Assert.True(x.Fulfilled);
        Assert.True(x.IsFulfilled());
        Assert.Equal([390, 307, 303], new[] { "s1", "s2", "s3" }.Select(s => x.Released(Side.A, 0, s)));
        Assert.Equal([390, 307, 303], new[] { "s1", "s2", "s3" }.Select(s => x.Released(Side.B, 0, s)));

        var summary = world.Summary;
        Assert.True(summary.Fulfilled);
        Assert.Equal("1000 for 1000", summary.Terms);
        Assert.Null(summary.FloorEachSide);
        Assert.Equal(("RU", "UA"), (summary.SideA, summary.SideB));
        Assert.Equal(
            [
                new StageProgress("s1", 1, new LocalDate(2025, 5, 23), "closed", 390, 390, 0, 0, 390, 390, 0, 0, 0, 0, World.Now),
                new StageProgress("s2", 2, new LocalDate(2025, 5, 24), "closed", 307, 307, 0, 0, 307, 307, 0, 0, 0, 0, World.Now),
                new StageProgress("s3", 3, new LocalDate(2025, 5, 25), "closed", 303, 303, 0, 0, 303, 303, 0, 0, 0, 0, World.Now),
            ],
            summary.Stages);
        var term = Assert.Single(summary.TermProgress);
        Assert.Equal(new TermProgress(1, "1000 for 1000", true, new SideProgress("1000", 1000, 0, 0, true), new SideProgress("1000", 1000, 0, 0, true), true), term);
        Assert.Equal((1000, 0, true), (summary.A.Released, summary.A.Received, summary.A.FloorMet));
        Assert.Equal(1000, summary.B.ByStatus["released"]);
        Assert.Equal(0, summary.B.ByStatus["verified"]);
    }

    [Fact]
    public void receiving_the_released_after_fulfilment_counts_them_home_without_a_second_fulfilment()
    {
        var world = World.WithExchange("2 for 2");
        var a = world.ListVerified(Side.A, 2);
        var b = world.ListVerified(Side.B, 2);
        world.RunStage("s1", a, b);
        Assert.Contains(world.Events, e => e is ExchangeFulfilled);

        world.Move(Movement.Receive, [.. a, .. b]);

        Assert.DoesNotContain(world.Events, e => e is ExchangeFulfilled);
        Assert.Equal((2, 2), (world.Summary.A.Received, world.Summary.B.Received));
        Assert.Equal((2, 2), (world.Summary.Stages[0].ReceivedA, world.Summary.Stages[0].ReceivedB));
        Assert.Equal(2, world.Summary.A.Released);
    }

    [Fact]
    public void under_at_least_1200_for_at_least_1200_a_stage_of_1200_against_1199_cannot_close()
    {
        var world = World.WithExchange("at least 1200 for at least 1200");
        var a = world.ListVerified(Side.A, 1200);
        var b = world.ListVerified(Side.B, 1200);
        world.ScheduleAndRelease("s1", 1200, 1200, [.. a, .. b.Take(1199)]);

        var e = world.Violates(new CloseStage(World.X, "s1"), DomainRule.StageParity);
        Assert.Contains("releases 1200 from side A (RU) and 1199 from side B (UA)", e.Message, StringComparison.Ordinal);
        Assert.Equal("open", world.Summary.Stages[0].Status);
    }

    [Fact]
    public void under_at_least_1200_for_at_least_1200_a_stage_of_1250_against_1250_closes_and_fulfils()
    {
        var world = World.WithExchange("at least 1200 for at least 1200");
        var a = world.ListVerified(Side.A, 1250);
        var b = world.ListVerified(Side.B, 1250);

        world.RunStage("s1", a, b);

        Assert.Equal(
            [new StageClosed(World.X, "s1", World.Now, 1250, 1250) { Actor = Actor.CommandLine }, new ExchangeFulfilled(World.X, World.Now, 1250, 1250) { Actor = Actor.CommandLine }],
            world.Events);
    }

    [Fact]
    public void under_at_least_n_a_stage_that_released_fewer_than_n_closes_but_does_not_fulfil()
    {
        var world = World.WithExchange("at least 1200 for at least 1200");
        var a = world.ListVerified(Side.A, 1000);
        var b = world.ListVerified(Side.B, 1000);

        world.RunStage("s1", a, b);

        Assert.False(world.Exchange.Fulfilled);
        Assert.False(world.Exchange.TermFulfilledBy(0, Side.A));
    }

    [Fact]
    public void under_6000_for_all_of_bodies_a_stage_of_1212_for_27_closes()
    {
        var world = World.WithExchange("6000 for all of bodies");
        var a = world.ListVerified(Side.A, 1212, "bodies");
        var b = world.ListVerified(Side.B, 27, "bodies");

        world.RunStage("s1", a, b, new LocalDate(2025, 6, 11));

        Assert.Equal(new StageClosed(World.X, "s1", World.Now, 1212, 27) { Actor = Actor.CommandLine }, Assert.Single(world.Events));
        var x = world.Exchange;
        Assert.False(x.TermFulfilledBy(0, Side.A)); // 1,212 of 6,000
        Assert.True(x.TermFulfilledBy(0, Side.B)); // all it holds
        Assert.False(x.Fulfilled);
        Assert.False(world.Summary.TermProgress[0].Balanced);
    }

    [Fact]
    public void an_unbalanced_stage_closes_even_while_the_all_side_still_holds_someone()
    {
        var world = World.WithExchange("6000 for all of bodies");
        var a = world.ListVerified(Side.A, 12, "bodies");
        var b = world.ListVerified(Side.B, 3, "bodies");

        world.RunStage("s1", a, b.Take(1).ToList());

        Assert.Equal("closed", world.Summary.Stages[0].Status);
        Assert.False(world.Exchange.TermFulfilledBy(0, Side.B));
        Assert.Equal(2, world.Summary.TermProgress[0].B.Pending);
    }

    [Fact]
    public void under_round_2_terms_a_side_that_still_holds_a_verified_severely_wounded_person_has_not_fulfilled()
    {
        var world = World.WithExchange(Round2People);
        var youngA = world.ListVerified(Side.A, 1000, "under-25");
        var youngB = world.ListVerified(Side.B, 1000, "under-25");
        var woundedA = world.ListVerified(Side.A, 1, "severely-wounded");

        world.RunStage("s1", youngA, youngB);

        var x = world.Exchange;
        Assert.True(x.FloorMetBy(Side.A) && x.FloorMetBy(Side.B));
        Assert.True(x.TermFulfilled(1));
        Assert.False(x.TermFulfilledBy(0, Side.A));
        Assert.True(x.TermFulfilledBy(0, Side.B));
        Assert.False(x.IsFulfilled());
        Assert.False(x.Fulfilled);
        Assert.DoesNotContain(world.Events, e => e is ExchangeFulfilled);

        // Side B has run out of severely wounded, so a stage of 1 against 0 holds parity and fulfils the agreement.
        world.RunStage("s2", woundedA, []);
        Assert.Equal(new ExchangeFulfilled(World.X, World.Now, 1001, 1000) { Actor = Actor.CommandLine }, world.Events[^1]);
    }

    [Fact]
    public void under_round_2_terms_the_agreement_stays_open_while_the_floor_of_1000_is_not_met()
    {
        var world = World.WithExchange(Round2People);
        var a = world.ListVerified(Side.A, 10, "seriously-ill");
        var b = world.ListVerified(Side.B, 10, "under-25");

        world.RunStage("s1", a, b);

        Assert.True(world.Exchange.TermFulfilled(0) && world.Exchange.TermFulfilled(1));
        Assert.False(world.Exchange.FloorMetBy(Side.A));
        Assert.False(world.Exchange.Fulfilled);
        Assert.False(world.Summary.A.FloorMet);
    }

    [Fact]
    public void under_all_for_all_a_side_that_ran_out_may_release_fewer_in_a_stage()
    {
        var world = World.WithExchange(Round2People);
        var a = world.ListVerified(Side.A, 3, "seriously-ill");
        var b = world.ListVerified(Side.B, 5, "seriously-ill");

        world.RunStage("s1", a, b);

        Assert.Equal(new StageClosed(World.X, "s1", World.Now, 3, 5) { Actor = Actor.CommandLine }, Assert.Single(world.Events));
    }

    [Fact]
    public void under_all_for_all_a_side_that_has_not_run_out_may_not_release_fewer_in_a_stage()
    {
        var world = World.WithExchange(Round2People);
        var a = world.ListVerified(Side.A, 4, "seriously-ill");
        var b = world.ListVerified(Side.B, 5, "seriously-ill");
        world.ScheduleAndRelease("s1", 5, 5, [.. a.Take(3), .. b]);

        world.Violates(new CloseStage(World.X, "s1"), DomainRule.StageParity);
    }

    [Fact]
    public void under_all_for_all_a_side_still_holding_someone_only_listed_has_not_run_out()
    {
        var world = World.WithExchange(Round2People);
        var a = world.ListVerified(Side.A, 3, "severely-wounded");
        world.List(Side.A, 1, "seriously-ill");
        var b = world.ListVerified(Side.B, 5, "severely-wounded");
        world.ScheduleAndRelease("s1", 5, 5, [.. a, .. b]);

        world.Violates(new CloseStage(World.X, "s1"), DomainRule.StageParity);
    }

    [Fact]
    public void under_all_for_all_a_side_whose_last_person_withdrew_has_run_out()
    {
        var world = World.WithExchange(Round2People);
        var a = world.ListVerified(Side.A, 4, "under-25");
        var b = world.ListVerified(Side.B, 5, "under-25");
        world.ScheduleAndRelease("s1", 5, 5, [.. a.Take(3), .. b]);
        world.Move(Movement.Withdraw, [a[3]]);

        world.Close("s1");

        Assert.Equal("closed", world.Summary.Stages[0].Status);
    }
}
