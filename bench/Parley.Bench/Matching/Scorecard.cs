using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>
/// A reconciliation scored against the truth: `match` decisions alone, and `match` with `review` counted as found;
/// how many true pairs blocking put forward at all; the review queue against the number of true pairs; and the
/// same recall figures per error class.
/// </summary>
internal sealed class Scorecard
{
    private Scorecard(LinkageData data, IEnumerable<(string Left, string Right, Decision Decision)> pairs, Func<string, string, bool> isCandidate, long candidatePairs)
    {
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        var decided = new Dictionary<(string, string), Decision>();
        var leftPutOut = new HashSet<string>(StringComparer.Ordinal);
        var rightPutOut = new HashSet<string>(StringComparer.Ordinal);
        foreach ((var left, var right, var decision) in pairs)
        {
            var pair = (left, right);
            var p = (Decision: decision, 0);
            decided[pair] = p.Decision;
            if (decision != Decision.NoMatch)
            {
                leftPutOut.Add(left);
                rightPutOut.Add(right);
            }
            if (p.Decision == Decision.Match)
            {
                Matches++;
                MatchesTrue += truth.Contains(pair) ? 1 : 0;
            }
            else if (p.Decision == Decision.Review)
            {
                Reviews++;
                ReviewsTrue += truth.Contains(pair) ? 1 : 0;
            }
        }
        TruePairs = data.Truth.Count;
        // The queue as a reviewer works it: review pairs joined by a shared record, one question each (issue 10's bar).
        var items = ReviewItems.Group(pairs.Where(p => p.Decision == Decision.Review), p => p.Left, p => p.Right, _ => 0);
        ReviewItemCount = items.Count;
        ReviewItemsWithTrue = items.Count(i => i.Pairs.Any(p => truth.Contains((p.Left, p.Right))));
        // A class alone: the pairs with exactly that class (or none: clean). A pair of classes: every pair carrying both,
        // whatever else it carries — as the generator counts its class pairs.
        var rows = new Dictionary<string, ClassRow>(StringComparer.Ordinal);
        var missed = new List<(TrueLink, MissCause)>();
        void Add(string name, int size, bool blocked, Decision decision, bool paired)
        {
            if (!rows.TryGetValue(name, out var row))
            {
                rows[name] = row = new ClassRow(name, size);
            }
            row.Add(blocked, decision, paired);
        }
        foreach (var t in data.Truth)
        {
            var blocked = isCandidate(t.LeftId, t.RightId);
            var decision = decided.GetValueOrDefault((t.LeftId, t.RightId));
            var paired = leftPutOut.Contains(t.LeftId) || rightPutOut.Contains(t.RightId);
            if (decision == Decision.NoMatch)
            {
                missed.Add((t, !blocked ? MissCause.NeverCandidate : paired ? MissCause.ToAnother : MissCause.BelowReview));
            }
            Blocked += blocked ? 1 : 0;
            if (t.Classes.Count <= 1)
            {
                Add(t.ClassKey, t.Classes.Count, blocked, decision, paired);
            }
            for (var i = 0; i < t.Classes.Count; i++)
            {
                for (var j = i + 1; j < t.Classes.Count; j++)
                {
                    Add(t.Classes[i] + " & " + t.Classes[j], 2, blocked, decision, paired);
                }
            }
        }
        Classes = [.. rows.Values.OrderBy(r => r.Found / (double)Math.Max(1, r.Truth)).ThenBy(r => r.Name, StringComparer.Ordinal)];
        CandidatePairs = candidatePairs;
        Missed = missed;
    }

    /// <summary>Why a true pair was not found (neither match nor review).</summary>
    internal enum MissCause
    {
        /// <summary>Blocking never offered the pair.</summary>
        NeverCandidate,

        /// <summary>A candidate, but neither record was put out with anyone: it scored below the review floor.</summary>
        BelowReview,

        /// <summary>A candidate, but one of its records was put out with another record.</summary>
        ToAnother,
    }

    /// <summary>Scores an engine's result; <paramref name="isCandidate"/> says whether blocking put a pair (left and right index) forward.</summary>
    public static Scorecard Of(LinkageData data, ReconciliationResult result, Func<int, int, bool> isCandidate)
    {
        var leftIndex = Index(result.Left.Select(r => r.Source.Id));
        var rightIndex = Index(result.Right.Select(r => r.Source.Id));
        return new(
            data,
            result.Pairs.Select(p => (result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id, p.Decision)),
            (l, r) => leftIndex.TryGetValue(l, out var i) && rightIndex.TryGetValue(r, out var j) && isCandidate(i, j),
            result.CandidatePairs);
    }

    /// <summary>Scores pairs decided by any tool (a matches.csv); blocking recall is then that of the pairs put out at all.</summary>
    public static Scorecard Of(LinkageData data, IReadOnlyList<(string Left, string Right, Decision Decision)> pairs)
    {
        var output = pairs.Select(p => (p.Left, p.Right)).ToHashSet();
        return new(data, pairs, (l, r) => output.Contains((l, r)), 0);
    }

    public int TruePairs { get; }

    public int Matches { get; }

    public int MatchesTrue { get; }

    public int Reviews { get; }

    public int ReviewsTrue { get; }

    public int Blocked { get; }

    /// <summary>The review queue as items: review pairs joined by a shared record (<see cref="ReviewItems"/>).</summary>
    public int ReviewItemCount { get; }

    /// <summary>Review items that hold a true pair.</summary>
    public int ReviewItemsWithTrue { get; }

    public long CandidatePairs { get; }

    public IReadOnlyList<ClassRow> Classes { get; }

    /// <summary>Every true pair not found, with why.</summary>
    public IReadOnlyList<(TrueLink Link, MissCause Cause)> Missed { get; }

    public double MatchPrecision => Ratio(MatchesTrue, Matches);

    public double MatchRecall => Ratio(MatchesTrue, TruePairs);

    public double MatchF1 => F1(MatchPrecision, MatchRecall);

    public double FoundPrecision => Ratio(MatchesTrue + ReviewsTrue, Matches + Reviews);

    public double FoundRecall => Ratio(MatchesTrue + ReviewsTrue, TruePairs);

    public double FoundF1 => F1(FoundPrecision, FoundRecall);

    public double BlockingRecall => Ratio(Blocked, TruePairs);

    /// <summary>The review queue, pair by pair, as a share of the true pairs.</summary>
    public double ReviewShare => Ratio(Reviews, TruePairs);

    /// <summary>The review queue as items, a share of the true pairs: the measure of a human's work (a reviewer decides an item).</summary>
    public double ReviewItemShare => Ratio(ReviewItemCount, TruePairs);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            index.TryAdd(id, i++);
        }
        return index;
    }

    /// <summary>The true pairs of one set of error classes: how many, how many blocking offered, matched, found (match or review).</summary>
    internal sealed class ClassRow(string name, int size)
    {
        public string Name { get; } = name;

        /// <summary>How many error classes the row is about: 0 for clean pairs, 1 for a class alone, 2 for a pair of classes.</summary>
        public int Size { get; } = size;

        public int Truth { get; private set; }

        public int Blocked { get; private set; }

        public int Matched { get; private set; }

        public int Found { get; private set; }

        /// <summary>True pairs not found that blocking never offered.</summary>
        public int MissedNeverCandidate => Truth - Blocked;

        /// <summary>True pairs not found although candidates, one of whose records was put out with another record.</summary>
        public int MissedToAnother { get; private set; }

        /// <summary>True pairs not found although candidates, neither of whose records was put out at all: scored below review.</summary>
        public int MissedBelowReview { get; private set; }

        /// <summary>Found recall.</summary>
        public double Recall => (double)Found / Math.Max(1, Truth);

        /// <summary>The Wilson score interval of the found recall at 95 % (<see cref="WilsonInterval"/>).</summary>
        public (double Low, double High) Interval => WilsonInterval.Of(Found, Truth);

        public void Add(bool blocked, Decision decision, bool paired)
        {
            Truth++;
            Blocked += blocked ? 1 : 0;
            Matched += decision == Decision.Match ? 1 : 0;
            Found += decision != Decision.NoMatch ? 1 : 0;
            if (blocked && decision == Decision.NoMatch)
            {
                MissedToAnother += paired ? 1 : 0;
                MissedBelowReview += paired ? 0 : 1;
            }
        }
    }
}
