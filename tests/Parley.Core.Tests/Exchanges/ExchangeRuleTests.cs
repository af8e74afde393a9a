using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Exchanges;

/// <summary>The invariants of design section 3, one rule at a time, mostly under "1000 for 1000".</summary>
public class ExchangeRuleTests
{
    [Fact]
    public void under_1000_for_1000_scheduling_the_1001st_person_of_a_side_is_rejected()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 1001);
        world.Plan("s1", 1001, 0);
        world.Move(Movement.Schedule, a.Take(1000), "s1");

        var e = world.Violates(new MovePersons(World.X, Movement.Schedule, [a[1000]], "s1", null), DomainRule.TermQuantity);
        Assert.Contains("already scheduled or released 1000 under term 1 (1000 for 1000)", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, world.Exchange.RemainingCapacity(0, Side.A));
    }

    [Fact]
    public void under_1000_for_1000_a_side_that_released_1000_cannot_schedule_more_in_a_later_stage()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 1001);
        world.ScheduleAndRelease("s1", 1000, 0, a.Take(1000).ToList());
        world.Plan("s2", 1, 0);

        world.Violates(new MovePersons(World.X, Movement.Schedule, [a[1000]], "s2", null), DomainRule.TermQuantity);
    }

    [Fact]
    public void a_person_taken_out_of_a_stage_frees_its_place_under_the_quantity()
    {
        var world = World.WithExchange("2 for 2");
        var a = world.ListVerified(Side.A, 3);
        world.Plan("s1", 3, 0);
        world.Move(Movement.Schedule, a.Take(2), "s1");
        world.Move(Movement.Unschedule, [a[0]]);

        world.Move(Movement.Schedule, [a[2]], "s1");

        Assert.Equal(2, world.Summary.Stages[0].ScheduledA);
    }

    [Theory]
    [InlineData(PersonStatus.Offered)]
    [InlineData(PersonStatus.Verified)]
    [InlineData(PersonStatus.Scheduled)]
    [InlineData(PersonStatus.Withdrawn)]
    public void nobody_is_received_who_was_not_released(PersonStatus status)
    {
        var world = World.WithExchange("1000 for 1000");
        var p = world.List(Side.A, 1);
        world.Plan("s1", 1, 0);
        if (status == PersonStatus.Withdrawn)
        {
            world.Move(Movement.Withdraw, p);
        }
        if (status is PersonStatus.Verified or PersonStatus.Scheduled)
        {
            world.Move(Movement.Match, p);
            world.Move(Movement.Verify, p);
        }
        if (status == PersonStatus.Scheduled)
        {
            world.Move(Movement.Schedule, p, "s1");
        }
        Assert.Equal(status, world.Person(p[0]).Status);

        world.Violates(new MovePersons(World.X, Movement.Receive, p, null, null), DomainRule.ReceivedAfterReleased);
    }

    [Fact]
    public void a_person_is_received_once()
    {
        var world = World.WithExchange("1000 for 1000");
        var p = world.ListVerified(Side.A, 1);
        world.ScheduleAndRelease("s1", 1, 0, p);
        world.Move(Movement.Receive, p);

        world.Violates(new MovePersons(World.X, Movement.Receive, p, null, null), DomainRule.ReceivedAfterReleased);
    }

    [Fact]
    public void a_scheduled_person_cannot_be_scheduled_into_a_second_stage()
    {
        var world = World.WithExchange("1000 for 1000");
        var p = world.ListVerified(Side.A, 1);
        world.Plan("s1", 1, 1);
        world.Plan("s2", 1, 1);
        world.Move(Movement.Schedule, p, "s1");

        world.Violates(new MovePersons(World.X, Movement.Schedule, p, "s2", null), DomainRule.OneStagePerPerson);
        Assert.Equal("s1", world.Person(p[0]).StageId);
    }

    [Fact]
    public void a_released_person_cannot_be_scheduled_into_another_stage()
    {
        var world = World.WithExchange("1000 for 1000");
        var p = world.ListVerified(Side.A, 1);
        world.ScheduleAndRelease("s1", 1, 1, p);
        world.Plan("s2", 1, 1);

        world.Violates(new MovePersons(World.X, Movement.Schedule, p, "s2", null), DomainRule.OneStagePerPerson);
    }

    [Fact]
    public void releasing_a_person_while_naming_another_stage_is_rejected()
    {
        var world = World.WithExchange("1000 for 1000");
        var p = world.ListVerified(Side.A, 1);
        world.Plan("s1", 1, 1);
        world.Plan("s2", 1, 1);
        world.Move(Movement.Schedule, p, "s1");

        world.Violates(new MovePersons(World.X, Movement.Release, p, "s2", null), DomainRule.OneStagePerPerson);
        world.Move(Movement.Release, p, "s1");
        Assert.Equal(PersonStatus.Released, world.Person(p[0]).Status);
    }

    [Fact]
    public void planned_counts_cap_a_stage_per_side()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 3);
        var b = world.ListVerified(Side.B, 3);
        world.Plan("s1", 2, 3);
        world.Move(Movement.Schedule, [.. a.Take(2), .. b], "s1");

        var e = world.Violates(new MovePersons(World.X, Movement.Schedule, [a[2]], "s1", null), DomainRule.StagePlan);
        Assert.Contains("already has 2 of the 2 people planned from side A (RU)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void released_people_still_count_against_their_stage_plan()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 2);
        world.ScheduleAndRelease("s1", 1, 0, [a[0]]);

        world.Violates(new MovePersons(World.X, Movement.Schedule, [a[1]], "s1", null), DomainRule.StagePlan);
    }

    [Fact]
    public void a_closed_stage_takes_nobody()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 2);
        var b = world.ListVerified(Side.B, 2);
        world.Plan("s1", 2, 2);
        world.Move(Movement.Schedule, [a[0], b[0]], "s1");
        world.Move(Movement.Release, [a[0], b[0]]);
        world.Close("s1");

        world.Violates(new MovePersons(World.X, Movement.Schedule, [a[1]], "s1", null), DomainRule.StageOpen);
        world.Violates(new CloseStage(World.X, "s1"), DomainRule.StageOpen);
    }

    [Fact]
    public void a_stage_with_someone_still_scheduled_cannot_close()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 2);
        var b = world.ListVerified(Side.B, 2);
        world.Plan("s1", 2, 2);
        world.Move(Movement.Schedule, [.. a, .. b], "s1");
        world.Move(Movement.Release, [a[0], b[0]]);

        var e = world.Violates(new CloseStage(World.X, "s1"), DomainRule.StageComplete);
        Assert.Contains("still has 2 people scheduled", e.Message, StringComparison.Ordinal);

        world.Move(Movement.Unschedule, [a[1], b[1]]);
        world.Close("s1");
    }

    [Fact]
    public void a_stage_that_released_nobody_cannot_close()
    {
        var world = World.WithExchange("1000 for 1000");
        world.Plan("s1", 1, 1);

        world.Violates(new CloseStage(World.X, "s1"), DomainRule.StageComplete);
    }

    [Fact]
    public void under_n_for_n_an_unbalanced_stage_cannot_close()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 2);
        var b = world.ListVerified(Side.B, 1);
        world.ScheduleAndRelease("s1", 2, 2, [.. a, .. b]);

        world.Violates(new CloseStage(World.X, "s1"), DomainRule.StageParity);
    }

    [Fact]
    public void parity_is_held_term_by_term_not_in_total()
    {
        var world = World.WithExchange("10 for 10 of civilian; 10 for 10 of military");
        var civilianA = world.ListVerified(Side.A, 1, "civilian");
        var militaryB = world.ListVerified(Side.B, 1, "military");
        world.ScheduleAndRelease("s1", 1, 1, [.. civilianA, .. militaryB]);

        world.Violates(new CloseStage(World.X, "s1"), DomainRule.StageParity);
    }

    [Fact]
    public void a_fulfilled_exchange_takes_no_new_people_and_no_new_stages()
    {
        var world = World.WithExchange("2 for 2");
        world.RunStage("s1", world.ListVerified(Side.A, 2), world.ListVerified(Side.B, 2));
        Assert.True(world.Exchange.Fulfilled);

        world.Violates(new ListPersons(World.X, Side.A, [World.Entry("A-late")]), DomainRule.ExchangeClosed);
        world.Violates(new PlanStage(World.X, "s2", new LocalDate(2025, 6, 1), 1, 1), DomainRule.ExchangeClosed);
    }

    [Fact]
    public void an_exchange_is_not_fulfilled_while_a_stage_is_still_open()
    {
        var world = World.WithExchange("2 for 2");
        var a = world.ListVerified(Side.A, 2);
        var b = world.ListVerified(Side.B, 2);
        world.Plan("s0", 1, 1);
        world.RunStage("s1", a, b);

        Assert.True(world.Exchange.IsFulfilled());
        Assert.False(world.Exchange.Fulfilled);
    }

    [Fact]
    public void an_exchange_fulfils_when_the_last_pending_person_under_all_leaves()
    {
        var world = World.WithExchange("all for all of a");
        var a = world.ListVerified(Side.A, 2, "a");
        var b = world.ListVerified(Side.B, 1, "a");
        world.RunStage("s1", [a[0]], b);
        Assert.False(world.Exchange.Fulfilled);

        world.Move(Movement.RecordDeath, [a[1]]);

        Assert.Contains(world.Events, e => e is Parley.Core.Events.ExchangeFulfilled);
        Assert.True(world.Exchange.Fulfilled);
    }

    [Fact]
    public void unknown_exchanges_persons_and_stages_are_rejected_as_unknown_references()
    {
        var world = World.WithExchange("1000 for 1000");
        var p = world.ListVerified(Side.A, 1);

        world.Violates(new MovePersons("nope", Movement.Match, p, null, null), DomainRule.KnownReference);
        world.Violates(new MovePersons(World.X, Movement.Match, ["ghost"], null, null), DomainRule.KnownReference);
        world.Violates(new MovePersons(World.X, Movement.Schedule, p, "nope", null), DomainRule.KnownReference);
        world.Violates(new CloseStage(World.X, "nope"), DomainRule.KnownReference);
        world.Violates(new PlanStage("nope", "s1", new LocalDate(2025, 5, 23), 1, 1), DomainRule.KnownReference);
        world.Violates(new ListPersons("nope", Side.A, [World.Entry("p")]), DomainRule.KnownReference);
    }

    [Fact]
    public void a_stage_id_is_planned_once()
    {
        var world = World.WithExchange("1000 for 1000");
        world.Plan("s1", 1, 1);

        world.Violates(new PlanStage(World.X, "s1", new LocalDate(2025, 5, 24), 1, 1), DomainRule.UniqueId);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 5)]
    public void a_stage_plans_at_least_one_person_and_no_negative_count(int plannedA, int plannedB)
    {
        var world = World.WithExchange("1000 for 1000");

        var e = world.Rejects<InvalidFieldException>(new PlanStage(World.X, "s1", new LocalDate(2025, 5, 23), plannedA, plannedB));
        Assert.Equal("planned", e.Field);
    }

    [Fact]
    public void scheduling_without_a_stage_is_rejected_with_field_stage()
    {
        var world = World.WithExchange("1000 for 1000");
        var p = world.ListVerified(Side.A, 1);

        Assert.Equal("stage", world.Rejects<InvalidFieldException>(new MovePersons(World.X, Movement.Schedule, p, null, null)).Field);
        Assert.Equal("persons", world.Rejects<InvalidFieldException>(new MovePersons(World.X, Movement.Match, [], null, null)).Field);
    }
}
