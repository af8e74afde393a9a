using System.Collections.Immutable;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Bugs;

/// <summary>Regressions found by the domain tests of issue 3 (the foundation).</summary>
public class Issue3DomainRegressions
{
    [Fact]
    public void amending_a_person_on_a_fulfilled_exchange_is_rejected()
    {
        var world = World.WithExchange("all for all of a; 2 for 2 of b");
        var a = world.ListVerified(Side.A, 2, "b");
        var b = world.ListVerified(Side.B, 2, "b");
        var spare = world.List(Side.B, 1, "b");
        world.RunStage("s1", a, b);
        Assert.True(world.Exchange.Fulfilled);

        world.Violates(AmendPerson.Of(World.X, spare[0], World.Entry(spare[0], "a").ToDetails()), DomainRule.ExchangeClosed);
        Assert.True(world.Exchange.IsFulfilled());
    }

    [Fact]
    public void amending_the_last_pending_person_out_of_an_all_term_fulfils_the_exchange()
    {
        var world = World.WithExchange("all for all of a; 2 for 2 of b");
        var a = world.ListVerified(Side.A, 2, "b");
        var b = world.ListVerified(Side.B, 2, "b");
        var pendingUnderAll = world.List(Side.B, 1, "a");
        world.RunStage("s1", a, b);
        Assert.False(world.Exchange.Fulfilled);

        world.Do(AmendPerson.Of(World.X, pendingUnderAll[0], World.Entry(pendingUnderAll[0], "b").ToDetails()));

        Assert.True(world.Exchange.IsFulfilled());
        Assert.True(world.Exchange.Fulfilled);
    }

    [Theory]
    [InlineData(Movement.Unschedule)]
    [InlineData(Movement.Decline)]
    [InlineData(Movement.Withdraw)]
    [InlineData(Movement.RecordDeath)]
    public void taking_someone_out_of_a_stage_while_naming_another_stage_is_rejected(Movement movement)
    {
        var world = World.WithExchange("5 for 5");
        var p = world.ListVerified(Side.A, 1);
        world.Plan("s1", 1, 1);
        world.Plan("s2", 1, 1);
        world.Move(Movement.Schedule, p, "s1");

        world.Violates(new MovePersons(World.X, movement, p, "s2", null), DomainRule.OneStagePerPerson);
    }

    [Fact]
    public void a_null_roster_entry_is_rejected_as_an_invalid_field()
    {
        var world = World.WithExchange("5 for 5");
        world.Rejects<InvalidFieldException>(new ListPersons(World.X, Side.A, ImmutableList<RosterEntry>.Empty.Add(null!)));
    }

    [Fact]
    public void a_null_category_is_rejected_as_an_invalid_field()
    {
        var world = World.WithExchange("5 for 5");
        var entry = RosterEntry.Of("p1", World.Entry("p1").ToDetails() with { Categories = ImmutableList<string>.Empty.Add(null!) });
        world.Rejects<InvalidFieldException>(new ListPersons(World.X, Side.A, [entry]));
    }

    [Fact]
    public void a_null_name_is_rejected_as_an_invalid_field()
    {
        var world = World.WithExchange("5 for 5");
        var entry = RosterEntry.Of("p1", World.Entry("p1").ToDetails() with { Names = ImmutableList<PersonName>.Empty.Add(null!) });
        world.Rejects<InvalidFieldException>(new ListPersons(World.X, Side.A, [entry]));
    }

    [Fact]
    public void an_empty_planned_stage_does_not_block_fulfilment_forever()
    {
        var world = World.WithExchange("2 for 2");
        var a = world.ListVerified(Side.A, 2);
        var b = world.ListVerified(Side.B, 2);
        world.Plan("s0", 1, 1);
        world.RunStage("s1", a, b);
        Assert.False(world.Exchange.Fulfilled);
        world.Violates(new CloseStage(World.X, "s0"), DomainRule.StageComplete);

        world.Do(new CancelStage(World.X, "s0"));

        Assert.True(world.Exchange.Fulfilled);
        world.Violates(new CancelStage(World.X, "s1"), DomainRule.StageOpen);
    }

    [Fact]
    public void a_stage_someone_is_scheduled_into_cannot_be_cancelled()
    {
        var world = World.WithExchange("5 for 5");
        var p = world.ListVerified(Side.A, 1);
        world.Plan("s1", 1, 1);
        world.Move(Movement.Schedule, p, "s1");

        world.Violates(new CancelStage(World.X, "s1"), DomainRule.StageCancel);
    }
}
