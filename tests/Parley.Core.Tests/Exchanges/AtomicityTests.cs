using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Exchanges;

/// <summary>A command naming many people is accepted whole or rejected whole, whichever person breaks the rule.</summary>
public class AtomicityTests
{
    [Fact]
    public void a_schedule_whose_last_person_overruns_the_plan_is_rejected_whole()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 4);
        world.Plan("s1", 3, 3);
        var before = world.State;

        var e = Assert.Throws<RuleViolationException>(() => Decider.Decide(before, new MovePersons(World.X, Movement.Schedule, a, "s1", null), World.Now));

        Assert.Equal(DomainRule.StagePlan.Name, e.Rule.Name);
        Assert.All(world.Exchange.Persons.Values, p => Assert.Equal(PersonStatus.Verified, p.Status));
        Assert.Equal(0, world.Summary.Stages[0].ScheduledA);
        Assert.DoesNotContain(world.Exchange.Tally.Entries, x => x.Key.StageId is not null);
    }

    [Fact]
    public void a_schedule_whose_last_person_overruns_the_quantity_is_rejected_whole()
    {
        var world = World.WithExchange("3 for 3");
        var a = world.ListVerified(Side.A, 4);
        world.Plan("s1", 4, 4);

        world.Violates(new MovePersons(World.X, Movement.Schedule, a, "s1", null), DomainRule.TermQuantity);

        Assert.Equal(3, world.Exchange.RemainingCapacity(0, Side.A));
    }

    [Fact]
    public void a_list_whose_last_entry_no_term_covers_is_rejected_whole()
    {
        var world = World.WithExchange("all for all of civilian");

        world.Violates(new ListPersons(World.X, Side.A, [World.Entry("p1", "civilian"), World.Entry("p2", "civilian"), World.Entry("p3", "military")]),
            DomainRule.TermCoversPerson);

        Assert.Empty(world.Exchange.Persons);
        Assert.Empty(world.Exchange.Tally.Entries);
    }

    [Fact]
    public void a_move_whose_last_person_is_unknown_or_in_the_wrong_status_is_rejected_whole()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.List(Side.A, 3);

        world.Violates(new MovePersons(World.X, Movement.Match, [.. a, "ghost"], null, null), DomainRule.KnownReference);
        world.Violates(new MovePersons(World.X, Movement.Match, [.. a, a[0]], null, null), DomainRule.PersonLifecycle);

        Assert.Equal(3, world.Summary.A.ByStatus["offered"]);
    }

    [Fact]
    public void a_release_whose_last_person_is_not_scheduled_leaves_everyone_scheduled()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 3);
        world.Plan("s1", 3, 3);
        world.Move(Movement.Schedule, a.Take(2), "s1");

        world.Violates(new MovePersons(World.X, Movement.Release, a, null, null), DomainRule.PersonLifecycle);

        Assert.Equal((2, 0), (world.Summary.Stages[0].ScheduledA, world.Summary.Stages[0].ReleasedA));
    }

    [Fact]
    public void an_accepted_command_leaves_exactly_the_state_its_events_fold_to()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 3);
        world.Plan("s1", 3, 3);
        var before = world.State;

        var decision = world.Move(Movement.Schedule, a, "s1");

        Assert.Equal(3, decision.Events.Count);
        var replayed = before.Apply(decision.Events);
        Assert.Equal(replayed.Version, decision.State.Version);
        Assert.Equal(replayed.Exchanges[World.X].Persons.OrderBy(p => p.Key), decision.State.Exchanges[World.X].Persons.OrderBy(p => p.Key));
        Assert.Equal(replayed.Exchanges[World.X].Tally.Entries.ToHashSet(), decision.State.Exchanges[World.X].Tally.Entries.ToHashSet());
    }
}
