using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>
/// A reconciliation scored against the truth: `match` decisions alone, and `match` with `review` counted as found;
/// how many true pairs blocking put forward at all; the review queue against the number of true pairs; and the
/// same recall figures per error class.
/// </summary>
internal sealed class Scorecard
{
    private Scorecard(LinkageData data, ReconciliationResult result, Func<int, int, bool> isCandidate)
    {
        var leftIndex = Index(result.Left.Select(r => r.Source.Id));
        var rightIndex = Index(result.Right.Select(r => r.Source.Id));
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        var decided = new Dictionary<(string, string), Decision>();
        foreach (var p in result.Pairs)
        {
            var pair = (result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id);
            decided[pair] = p.Decision;
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
        var rows = new Dictionary<string, ClassRow>(StringComparer.Ordinal);
        foreach (var t in data.Truth)
        {
            var blocked = leftIndex.TryGetValue(t.LeftId, out var l) && rightIndex.TryGetValue(t.RightId, out var r) && isCandidate(l, r);
            var decision = decided.GetValueOrDefault((t.LeftId, t.RightId));
            Blocked += blocked ? 1 : 0;
            if (!rows.TryGetValue(t.ClassKey, out var row))
            {
                rows[t.ClassKey] = row = new ClassRow(t.ClassKey, t.Classes.Count);
            }
            row.Add(blocked, decision);
        }
        Classes = [.. rows.Values.OrderBy(r => r.Found / (double)Math.Max(1, r.Truth)).ThenBy(r => r.Name, StringComparer.Ordinal)];
        CandidatePairs = result.CandidatePairs;
    }

    public static Scorecard Of(LinkageData data, ReconciliationResult result, Func<int, int, bool> isCandidate) => new(data, result, isCandidate);

    public int TruePairs { get; }

    public int Matches { get; }

    public int MatchesTrue { get; }

    public int Reviews { get; }

    public int ReviewsTrue { get; }

    public int Blocked { get; }

    public long CandidatePairs { get; }

    public IReadOnlyList<ClassRow> Classes { get; }

    public double MatchPrecision => Ratio(MatchesTrue, Matches);

    public double MatchRecall => Ratio(MatchesTrue, TruePairs);

    public double MatchF1 => F1(MatchPrecision, MatchRecall);

    public double FoundPrecision => Ratio(MatchesTrue + ReviewsTrue, Matches + Reviews);

    public double FoundRecall => Ratio(MatchesTrue + ReviewsTrue, TruePairs);

    public double FoundF1 => F1(FoundPrecision, FoundRecall);

    public double BlockingRecall => Ratio(Blocked, TruePairs);

    /// <summary>The review queue as a share of the true pairs (the measure of a human's work).</summary>
    public double ReviewShare => Ratio(Reviews, TruePairs);

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

        /// <summary>How many error classes the set holds (0 for a clean pair).</summary>
        public int Size { get; } = size;

        public int Truth { get; private set; }

        public int Blocked { get; private set; }

        public int Matched { get; private set; }

        public int Found { get; private set; }

        public void Add(bool blocked, Decision decision)
        {
            Truth++;
            Blocked += blocked ? 1 : 0;
            Matched += decision == Decision.Match ? 1 : 0;
            Found += decision != Decision.NoMatch ? 1 : 0;
        }
    }
}
