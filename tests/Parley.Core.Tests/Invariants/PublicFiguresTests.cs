using CsCheck;
using Parley.Core.Decisions;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Core.Tests.Support;
using Parley.Core.Wire;
using Xunit;

namespace Parley.Core.Tests.Invariants;

/// <summary>
/// Issue 14, one set of public counts: for any sequence of commands, the figures an outsider folds from the public parts
/// of the events alone (what `parley verify` does with the published leaves) equal the figures Parley shows from its
/// own state, per exchange, direction, stage and status.
/// </summary>
public class PublicFiguresTests
{
    private static readonly Gen<Step[]> GenSteps = Gen.Select(
        Gen.Select(Gen.Int[0, Step.Kinds - 1], Gen.Int[0, 1], Gen.Int[0, 20], Gen.Int[1, 4]),
        Gen.Int[1, 5], Gen.Int[0, 6], Gen.Int[0, 6],
        (t, stage, categories, mode) => new Step(t.Item1, t.Item2, t.Item3, t.Item4, stage, categories, mode == 0)).Array[1, 80];

    [Theory]
    [MemberData(nameof(ExchangeInvariantTests.Formulas), MemberType = typeof(ExchangeInvariantTests))]
    public void the_figures_folded_from_the_public_parts_alone_equal_the_figures_parley_shows(string terms)
    {
        var world = World.WithExchange(terms);
        GenSteps.Sample(steps =>
        {
            var state = world.State;
            var seen = PublicFold(ParleyState.Empty, world.History);
            foreach (var step in steps)
            {
                Decision decision;
                try
                {
                    decision = Decider.Decide(state, step.ToCommand(state), World.Now);
                }
                catch (ParleyException)
                {
                    continue;
                }
                state = decision.State;
                seen = PublicFold(seen, decision.Events);
                Assert.Equal(Recount.Render(ExchangeSummary.Of(state.Exchanges[World.X])), Recount.Render(ExchangeSummary.Of(seen.Exchanges[World.X])));
            }
        }, iter: 150, seed: null);
    }

    [Fact]
    public void the_generated_sequences_reach_confirmed_matches_so_the_request_lists_are_exercised()
    {
        var world = World.WithExchange("3 for 3");
        var confirmed = 0;
        GenSteps.Sample(steps =>
        {
            var state = world.State;
            foreach (var step in steps)
            {
                try
                {
                    var decision = Decider.Decide(state, step.ToCommand(state), World.Now);
                    confirmed += decision.Events.OfType<MatchConfirmed>().Count(e => e.Verdict == Core.Matching.ConfirmationVerdict.Confirm);
                    state = decision.State;
                }
                catch (ParleyException)
                {
                }
            }
        }, iter: 400, seed: null);
        Assert.True(confirmed > 0, "no generated sequence confirmed a single match");
    }

    [Fact]
    public void the_public_fold_has_the_figures_but_no_personal_data()
    {
        var world = World.WithExchange("5 for 5");
        world.List(Side.A, 2);
        world.Request(Side.A, 3);

        var seen = PublicFold(ParleyState.Empty, world.History);

        Assert.All(seen.Exchanges[World.X].Persons.Values, p => Assert.Null(p.Details));
        Assert.All(seen.Exchanges[World.X].Requests.Values, r => Assert.Null(r.Details));
        Assert.Equal(3, ExchangeSummary.Of(seen.Exchanges[World.X]).A.Requested);
        Assert.Equal(2, ExchangeSummary.Of(seen.Exchanges[World.X]).A.Offered);
    }

    /// <summary>Folds events as an outsider can: each encoded, and only its public part decoded.</summary>
    private static ParleyState PublicFold(ParleyState state, IEnumerable<DomainEvent> events)
    {
        foreach (var e in events)
        {
            var encoded = EventCodec.Encode(e);
            state = state.Apply(EventCodec.DecodePublic(encoded.Type, encoded.Public));
        }
        return state;
    }
}
