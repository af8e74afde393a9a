using CsCheck;
using Parley.Core.Decisions;
using Parley.Core.Exchanges;
using Parley.Core.Formulas;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Invariants;

/// <summary>
/// Design section 3: no sequence of commands, hostile ones included, breaks an invariant, and a rejected command
/// changes nothing. Each step's invariants are recomputed from scratch from the persons.
/// </summary>
public class ExchangeInvariantTests
{
    private const int Iterations = 200;

    public static readonly TheoryData<string> Formulas =
    [
        "3 for 3",
        "at least 3 for at least 3",
        "all for all of a; 4 for 2 of b",
        "2 for all of b; 2 for 2",
        "all for all of a, b; at least 3 in total",
        "1 for 1 of a; all for all of b; 2 for 2",
    ];

    private static readonly Gen<Step> GenStep = Gen.Select(
        Gen.Select(Gen.Int[0, Step.Kinds - 1], Gen.Int[0, 1], Gen.Int[0, 20], Gen.Int[1, 4]),
        Gen.Int[1, 5], Gen.Int[0, 6], Gen.Int[0, 4],
        (t, stage, categories, mode) => new Step(t.Item1, t.Item2, t.Item3, t.Item4, stage, categories, mode == 0));

    private static readonly Gen<Step[]> GenSteps = GenStep.Array[1, 60];

    [Theory]
    [MemberData(nameof(Formulas))]
    public void no_sequence_of_commands_breaks_an_invariant_and_a_rejected_command_changes_nothing(string terms)
    {
        var start = World.WithExchange(terms).State;
        GenSteps.Sample(steps => Run(start, steps), iter: Iterations, seed: null);
    }

    [Fact]
    public void the_invariant_checker_notices_a_broken_parity()
    {
        var world = World.WithExchange("5 for 5");
        var checker = new InvariantChecker();
        var a = world.ListVerified(Side.A, 2);
        world.ScheduleAndRelease("s1", 2, 2, a);
        var x = world.Exchange;
        var forged = x with { Stages = x.Stages.SetItem("s1", x.Stages["s1"] with { Status = StageStatus.Closed }) };

        Assert.ThrowsAny<Exception>(() => checker.Check(forged));
    }

    private static void Run(ParleyState start, Step[] steps)
    {
        var state = start;
        var checker = new InvariantChecker();
        foreach (var step in steps)
        {
            var command = step.ToCommand(state);
            Decision decision;
            try
            {
                decision = Decider.Decide(state, command, World.Now);
            }
            catch (ParleyException)
            {
                // Nothing to compare: the state is immutable and the decider pure, so a rejection cannot have touched it.
                continue;
            }
            Assert.Equal(Render(decision.State), Render(state.Apply(decision.Events)));
            Assert.Equal(state.Version + decision.Events.Count, decision.State.Version);
            state = decision.State;
            checker.Check(state.Exchanges[World.X]);
        }
    }

    private static string Render(ParleyState state)
    {
        var x = state.Exchanges[World.X];
        return $"v{state.Version}\n{Recount.Render(ExchangeSummary.Of(x))}\n{Recount.RenderPersons(x)}\n{Recount.RenderTally(x)}";
    }
}

/// <summary>Checks one exchange after each accepted command, remembering what it saw before.</summary>
internal sealed class InvariantChecker
{
    private readonly HashSet<string> _seenReleased = [];
    private readonly Dictionary<string, string> _releasedIn = [];
    private readonly Dictionary<string, string> _closedCounts = [];
    private bool _wasFulfilled;

    public void Check(Exchange x)
    {
        foreach (var p in x.Persons.Values)
        {
            // A person is in at most one stage, and the one they crossed in never changes.
            Assert.Equal(Recount.InAStage.Contains(p.Status), p.StageId is not null);
            if (p.StageId is not null)
            {
                Assert.True(x.Stages.ContainsKey(p.StageId), $"{p.Id} is in unknown stage {p.StageId}");
            }
            if (Recount.Crossed(p.Status))
            {
                Assert.Equal(_releasedIn.GetValueOrDefault(p.Id, p.StageId!), p.StageId);
                _releasedIn[p.Id] = p.StageId!;
            }
            // Nobody is received (or disputed) who was not seen released.
            if (p.Status is PersonStatus.Received or PersonStatus.Disputed)
            {
                Assert.True(_seenReleased.Contains(p.Id), $"{p.Id} is {p.Status} but was never released");
            }
        }
        foreach (var p in x.Persons.Values.Where(p => p.Status is PersonStatus.Released or PersonStatus.Disputed))
        {
            _seenReleased.Add(p.Id);
        }

        // No term takes more than an exact quantity, counting the scheduled.
        for (var term = 0; term < x.Formula.Terms.Length; term++)
        {
            foreach (var side in new[] { Side.A, Side.B })
            {
                if (Recount.QuantityOf(x, term, side) is Quantity.Exactly n)
                {
                    var taken = Recount.Count(x, side, p => p.Term == term && (p.Status == PersonStatus.Scheduled || Recount.Crossed(p.Status)));
                    Assert.True(taken <= n.Count, $"side {side} took {taken} under term {term + 1} ({x.Formula.Terms[term]})");
                }
            }
        }

        // Every stage closed with its parity holding, with nobody left scheduled, and nothing changed in it since.
        foreach (var stage in x.Stages.Values.Where(s => s.Status == StageStatus.Closed))
        {
            var counts = string.Join(",", Enumerable.Range(0, x.Formula.Terms.Length)
                .Select(t => $"{Recount.Released(x, Side.A, t, stage.Id)}:{Recount.Released(x, Side.B, t, stage.Id)}"));
            Assert.Equal(0, Recount.Count(x, Side.A, p => p.StageId == stage.Id && p.Status == PersonStatus.Scheduled)
                + Recount.Count(x, Side.B, p => p.StageId == stage.Id && p.Status == PersonStatus.Scheduled));
            if (_closedCounts.TryGetValue(stage.Id, out var atClose))
            {
                Assert.Equal(atClose, counts);
            }
            else
            {
                Assert.Null(Recount.ParityFailure(x, stage.Id));
                _closedCounts[stage.Id] = counts;
            }
        }

        // The counters and the public summary equal the counts derived from the persons.
        Assert.Equal(
            Recount.Tally(x).OrderBy(e => e.Key.ToString(), StringComparer.Ordinal).Select(e => $"{e.Key} = {e.Value}"),
            x.Tally.Entries.OrderBy(e => e.Key.ToString(), StringComparer.Ordinal).Select(e => $"{e.Key} = {e.Value}"));
        var shown = ExchangeSummary.Of(x);
        Assert.Equal(Recount.Render(Recount.Summary(x, shown)), Recount.Render(shown));

        // Fulfilment is recorded when, and only when, it holds with every stage closed; and it stays.
        var holds = x.Stages.Count > 0 && x.Stages.Values.All(s => s.Status == StageStatus.Closed) && Recount.Fulfilled(x);
        if (x.Fulfilled && !_wasFulfilled)
        {
            Assert.True(holds, "the exchange was marked fulfilled while it was not");
        }
        Assert.True(!_wasFulfilled || x.Fulfilled, "a fulfilled exchange became unfulfilled");
        _wasFulfilled = x.Fulfilled;
    }
}
