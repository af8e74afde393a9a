using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Core.Tests.Support;
using Parley.Core.Wire;
using Xunit;

namespace Parley.Core.Tests.Exchanges;

/// <summary>Issue 13: erasing an exchange's personal data in the domain, and the retention policy that asks for it.</summary>
public sealed class ErasureTests
{
    /// <summary>A 1 for 1 exchange, fulfilled by its one stage.</summary>
    private static World Fulfilled()
    {
        var w = World.WithExchange("1 for 1");
        var a = w.ListVerified(Side.A, 1);
        var b = w.ListVerified(Side.B, 1);
        w.Request(Side.A, 2);
        w.RunStage("s1", a, b);
        Assert.True(w.Exchange.Fulfilled);
        return w;
    }

    [Fact]
    public void erasing_a_fulfilled_exchange_records_the_people_and_who_and_drops_every_list_entrys_details_but_not_the_figures()
    {
        var w = Fulfilled();
        var figures = System.Text.Json.JsonSerializer.Serialize(w.Summary, ParleyJson.Options);

        w.Do(new EraseExchange(World.X), World.Mediator);

        var erased = Assert.IsType<ExchangeErased>(Assert.Single(w.Events));
        Assert.Equal((World.X, 4, false, (string?)null, World.Now, World.Mediator), (erased.Exchange, erased.People, erased.Forced, erased.Reason, erased.At, erased.Actor));
        Assert.All(w.Exchange.Persons.Values, p => Assert.Null(p.Details));
        Assert.All(w.Exchange.Requests.Values, r => Assert.Null(r.Details));
        Assert.Equal(new ExchangeErasure(World.Now, World.Mediator, 4, false, null), w.Exchange.Erasure);
        Assert.Equal(figures, System.Text.Json.JsonSerializer.Serialize(w.Summary, ParleyJson.Options));
    }

    [Fact]
    public void the_state_after_an_erasure_equals_the_fold_of_the_erased_log_whose_events_lost_their_private_parts()
    {
        var w = Fulfilled();
        w.Do(new EraseExchange(World.X));

        var erasedLog = w.History.Select(e =>
        {
            var encoded = EventCodec.Encode(e);
            return EventCodec.RequiresPrivatePart(encoded.Type) || e is PersonMoved or RequestMoved or InterviewRecorded
                ? EventCodec.DecodePublic(encoded.Type, encoded.Public)
                : EventCodec.Decode(encoded.Type, encoded.Public, encoded.Private);
        });

        Assert.Equal(w.State.Exchanges[World.X].Persons.Values.OrderBy(p => p.Id), ParleyState.Empty.Apply(erasedLog).Exchanges[World.X].Persons.Values.OrderBy(p => p.Id));
        Assert.Equal(w.State.Exchanges[World.X].Erasure, ParleyState.Empty.Apply(erasedLog).Exchanges[World.X].Erasure);
    }

    [Fact]
    public void erasing_a_running_exchange_is_refused_unless_forced_with_a_reason_and_the_force_and_reason_are_recorded()
    {
        var w = World.WithExchange("1 for 1");
        w.List(Side.A, 1);

        var running = w.Violates(new EraseExchange(World.X), DomainRule.Erasure);
        var noReason = w.Rejects<InvalidFieldException>(new EraseExchange(World.X, Force: true, Reason: "  "));
        w.Do(new EraseExchange(World.X, Force: true, Reason: "the talks were called off"));

        Assert.Contains("still running (not fulfilled)", running.Message, StringComparison.Ordinal);
        Assert.Equal("reason", noReason.Field);
        var erased = Assert.IsType<ExchangeErased>(Assert.Single(w.Events));
        Assert.True(erased.Forced);
        Assert.Equal("the talks were called off", erased.Reason);
    }

    [Fact]
    public void an_exchange_is_erased_once_and_an_unknown_one_not_at_all()
    {
        var w = Fulfilled();
        w.Do(new EraseExchange(World.X));

        var twice = w.Violates(new EraseExchange(World.X), DomainRule.Erasure);
        w.Violates(new EraseExchange("x9"), DomainRule.KnownReference);

        Assert.Contains("was already erased at 2025-05-23T09:00:00Z by operator (cli)", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void only_the_mediator_and_the_operator_may_erase()
    {
        var w = Fulfilled();

        w.Rejects<NotPermittedException>(new EraseExchange(World.X), World.RU);
        w.Rejects<NotPermittedException>(new EraseExchange(World.X), World.Press);
    }

    [Fact]
    public void the_retention_policy_makes_an_exchange_due_its_days_after_fulfilment_and_never_a_running_or_erased_one()
    {
        var w = Fulfilled();
        var fulfilled = w.Exchange.FulfilledAt!.Value;
        var policy = new RetentionPolicy(30);

        Assert.Empty(policy.Due(w.State, fulfilled + Duration.FromDays(30) - Duration.FromSeconds(1)));
        Assert.Equal([World.X], policy.Due(w.State, fulfilled + Duration.FromDays(30)));
        Assert.Empty(policy.Due(World.WithExchange("1 for 1").State, fulfilled + Duration.FromDays(3000)));
        w.Do(new EraseExchange(World.X));
        Assert.Empty(policy.Due(w.State, fulfilled + Duration.FromDays(3000)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionPolicy(-1));
    }
}
