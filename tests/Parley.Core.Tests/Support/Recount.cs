using System.Collections.Immutable;
using Parley.Core.Exchanges;
using Parley.Core.Formulas;

namespace Parley.Core.Tests.Support;

/// <summary>
/// Counts recomputed from scratch from an exchange's persons, without its <see cref="Tally"/> or its own methods,
/// so the engine's figures can be checked against them.
/// </summary>
internal static class Recount
{
    public static readonly PersonStatus[] InAStage = [PersonStatus.Scheduled, PersonStatus.Released, PersonStatus.Received, PersonStatus.Disputed];

    public static bool Crossed(PersonStatus s) => s is PersonStatus.Released or PersonStatus.Received or PersonStatus.Disputed;

    public static bool Waiting(PersonStatus s) => s is PersonStatus.Offered or PersonStatus.Matched or PersonStatus.Verified or PersonStatus.Scheduled;

    public static int Count(Exchange x, Side side, Func<Person, bool> where) =>
        x.Persons.Values.Count(p => p.Side == side && where(p));

    public static int Released(Exchange x, Side side, int term, string? stage = null) =>
        Count(x, side, p => p.Term == term && Crossed(p.Status) && (stage is null || p.StageId == stage));

    public static int Pending(Exchange x, Side side, int term) => Count(x, side, p => p.Term == term && Waiting(p.Status));

    public static Quantity QuantityOf(Exchange x, int term, Side side) =>
        side == Side.A ? x.Formula.Terms[term].SideA : x.Formula.Terms[term].SideB;

    public static bool TermFulfilledBy(Exchange x, int term, Side side) => QuantityOf(x, term, side) switch
    {
        Quantity.Exactly n => Released(x, side, term) == n.Count,
        Quantity.AtLeast n => Released(x, side, term) >= n.Count,
        _ => Pending(x, side, term) == 0,
    };

    public static bool FloorMet(Exchange x, Side side) =>
        x.Formula.TotalFloorEachSide is not { } floor || Count(x, side, p => Crossed(p.Status)) >= floor;

    public static bool Fulfilled(Exchange x) =>
        Enumerable.Range(0, x.Formula.Terms.Length).All(t => TermFulfilledBy(x, t, Side.A) && TermFulfilledBy(x, t, Side.B))
        && FloorMet(x, Side.A) && FloorMet(x, Side.B);

    /// <summary>Why a stage's parity fails, judged from the persons alone, or null when it holds (docs/formula.md).</summary>
    public static string? ParityFailure(Exchange x, string stage)
    {
        for (var term = 0; term < x.Formula.Terms.Length; term++)
        {
            var t = x.Formula.Terms[term];
            if (t.SideA.ToString() != t.SideB.ToString())
            {
                continue;
            }
            var a = Released(x, Side.A, term, stage);
            var b = Released(x, Side.B, term, stage);
            if (a == b)
            {
                continue;
            }
            var shortSide = a < b ? Side.A : Side.B;
            if (t.SideA is not Quantity.All || Pending(x, shortSide, term) > 0)
            {
                return $"stage {stage} term {term + 1} ({t}): {a} against {b}";
            }
        }
        return null;
    }

    /// <summary>The tally an exchange should hold: one count per (stage or overall, side, term, status).</summary>
    public static Dictionary<TallyKey, int> Tally(Exchange x)
    {
        var counts = new Dictionary<TallyKey, int>();
        foreach (var p in x.Persons.Values)
        {
            Add(new TallyKey(null, p.Side, p.Term, p.Status));
            if (p.StageId is not null)
            {
                Add(new TallyKey(p.StageId, p.Side, p.Term, p.Status));
            }
        }
        return counts;

        void Add(TallyKey key) => counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    /// <summary>The public summary an exchange should show, recomputed from its persons and stages.</summary>
    public static ExchangeSummary Summary(Exchange x, ExchangeSummary shown)
    {
        var terms = Enumerable.Range(0, x.Formula.Terms.Length).Select(t => new TermProgress(
            t + 1, x.Formula.Terms[t].ToString(), x.Formula.Terms[t].SideA.ToString() == x.Formula.Terms[t].SideB.ToString(),
            TermSide(x, t, Side.A), TermSide(x, t, Side.B),
            TermFulfilledBy(x, t, Side.A) && TermFulfilledBy(x, t, Side.B)));
        var stages = x.Stages.Values.OrderBy(s => s.Number).Select(s => new StageProgress(
            s.Id, s.Number, s.Date, s.Status.ToWord(), s.PlannedA, s.PlannedB,
            Count(x, Side.A, p => p.StageId == s.Id && p.Status == PersonStatus.Scheduled),
            Count(x, Side.B, p => p.StageId == s.Id && p.Status == PersonStatus.Scheduled),
            Count(x, Side.A, p => p.StageId == s.Id && Crossed(p.Status)),
            Count(x, Side.B, p => p.StageId == s.Id && Crossed(p.Status)),
            Count(x, Side.A, p => p.StageId == s.Id && p.Status == PersonStatus.Received),
            Count(x, Side.B, p => p.StageId == s.Id && p.Status == PersonStatus.Received),
            // Who declined after being scheduled is not on the person any more: the stage keeps it.
            s.DeclinedA, s.DeclinedB,
            s.ClosedAt));
        return shown with
        {
            Terms = x.Formula.ToString(),
            FloorEachSide = x.Formula.TotalFloorEachSide,
            Fulfilled = x.Fulfilled,
            TermProgress = [.. terms],
            Stages = [.. stages],
            A = Direction(x, Side.A),
            B = Direction(x, Side.B),
        };
    }

    private static SideProgress TermSide(Exchange x, int term, Side side) => new(
        QuantityOf(x, term, side).ToString(), Released(x, side, term),
        Count(x, side, p => p.Term == term && p.Status == PersonStatus.Received), Pending(x, side, term), TermFulfilledBy(x, term, side));

    private static DirectionCounts Direction(Exchange x, Side side) => new(
        side == Side.A ? x.SideA : x.SideB,
        side == Side.A ? x.SideB : x.SideA,
        x.Requests.Values.Count(r => r.Side == side),
        x.Requests.Values.Count(r => r.Side == side && r.Status == RequestStatus.Requested),
        Count(x, side, _ => true),
        Count(x, side, p => p.Status is not (PersonStatus.Offered or PersonStatus.Withdrawn or PersonStatus.Deceased)),
        Count(x, side, p => p.Status is PersonStatus.Verified or PersonStatus.Scheduled || Crossed(p.Status)),
        Count(x, side, p => p.Status == PersonStatus.Declined),
        Count(x, side, p => Crossed(p.Status)),
        Count(x, side, p => p.Status == PersonStatus.Received),
        Enum.GetValues<PersonStatus>().ToImmutableSortedDictionary(s => s.ToWord(), s => Count(x, side, p => p.Status == s), StringComparer.Ordinal),
        Enum.GetValues<RequestStatus>().ToImmutableSortedDictionary(s => s.ToWord(), s => x.Requests.Values.Count(r => r.Side == side && r.Status == s), StringComparer.Ordinal),
        FloorMet(x, side));

    /// <summary>A summary as lines of text, collections spelled out, for comparing two summaries field by field.</summary>
    public static string Render(ExchangeSummary s) => string.Join("\n",
        [
            $"{s.Id} {s.Agreement} {s.SideA} {s.SideB} [{s.Terms}] floor={s.FloorEachSide} fulfilled={s.Fulfilled}",
            .. s.TermProgress.Select(t => t.ToString()),
            .. s.Stages.Select(t => t.ToString()),
            Render("A", s.A),
            Render("B", s.B),
        ]);

    /// <summary>Everything a person record holds, as one line per person in id order.</summary>
    public static string RenderPersons(Exchange x) => string.Join("\n", x.Persons.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p =>
        $"{p.Id} {p.Side} t{p.Term} {p.Status} {p.StageId} [{string.Join(",", p.Details!.Categories)}] {string.Join("|", p.Details!.Names)} {p.Details!.DateOfBirth}"));

    public static string RenderTally(Exchange x) => string.Join("\n",
        x.Tally.Entries.Select(e => $"{e.Key} = {e.Value}").Order(StringComparer.Ordinal));

    private static string Render(string side, DirectionCounts c) =>
        $"{side}: {c.From}->{c.To} requested={c.Requested} outstanding={c.Outstanding} offered={c.Offered} matched={c.Matched} verified={c.Verified} declined={c.Declined} "
        + $"{string.Join(", ", c.ByStatus.Select(kv => $"{kv.Key}={kv.Value}"))} requests: {string.Join(", ", c.Requests.Select(kv => $"{kv.Key}={kv.Value}"))} released={c.Released} received={c.Received} floorMet={c.FloorMet}";
}
