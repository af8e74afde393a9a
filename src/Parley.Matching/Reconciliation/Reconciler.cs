using Parley.Matching.Assignment;
using Parley.Matching.Records;
using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

/// <summary>
/// Matches two lists of people (or a list against itself, for duplicates): prepare every record once, block
/// on script-proof keys, compare each candidate pair field by field, weigh the levels in the Fellegi–Sunter
/// manner, decide match / review / no match, and assign one to one. Pure: no I/O; progress through a callback.
/// </summary>
public static partial class Reconciler
{
    /// <summary>Reconciles <paramref name="left"/> against <paramref name="right"/>.</summary>
    public static ReconciliationResult Reconcile(
        IReadOnlyList<ListRecord> left,
        IReadOnlyList<ListRecord> right,
        ReconcileOptions? options = null,
        IProgress<ReconcileProgress>? progress = null)
    {
        Preconditions.CheckNotNull(left, nameof(left));
        Preconditions.CheckNotNull(right, nameof(right));
        options ??= ReconcileOptions.Default;
        var preparer = new RecordPreparer();
        var l = preparer.PrepareAll(left, n => progress?.Report(new("prepare left", n, left.Count)));
        var r = preparer.PrepareAll(right, n => progress?.Report(new("prepare right", n, right.Count)));
        var expected = Math.Max(1, options.ExpectedOverlap * Math.Min(l.Length, r.Length));
        var lambda = Math.Clamp(expected / Math.Max(1.0, (double)l.Length * r.Length), 1e-12, 0.5);
        var u = UEstimator.Count(l, r, options.USamples, options.Seed);
        (var candidates, var count, var oversized, var histogram, var weights, var frequencies) =
            Score(l, r, u, lambda, options.Thresholds, withinOneList: false, progress);
        progress?.Report(new("assign", 0, candidates.Count));
        (var pairs, var first, var second, var copies) = Assign(candidates, l, r, weights, frequencies, options);
        progress?.Report(new("assign", candidates.Count, candidates.Count));
        return new ReconciliationResult(l, r, pairs, count, oversized, histogram(first.PriorWeight - weights.PriorWeight), first, frequencies, options.Thresholds)
        {
            ResidualWeights = second?.Weights,
            ResidualFrequencies = second?.Frequencies,
            LeftAccount = ListAccounts.Of(l, copies.Where(c => c.LeftList).Select(c => (c.First, c.Second))),
            RightAccount = ListAccounts.Of(r, copies.Where(c => !c.LeftList).Select(c => (c.First, c.Second))),
        };
    }

    /// <summary>
    /// Finds records of one list that appear to be the same person: every pair (i &lt; j) decided match or
    /// review, with no one-to-one constraint (a person may be listed three times). Group them with
    /// <see cref="DuplicateGroups"/>.
    /// </summary>
    public static ReconciliationResult FindDuplicates(
        IReadOnlyList<ListRecord> records,
        ReconcileOptions? options = null,
        IProgress<ReconcileProgress>? progress = null)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        options ??= ReconcileOptions.Default;
        var list = new RecordPreparer().PrepareAll(records, n => progress?.Report(new("prepare", n, records.Count)));
        var pairs = Math.Max(1.0, (double)list.Length * (list.Length - 1) / 2.0);
        var lambda = Math.Clamp(Math.Max(1, options.ExpectedDuplicates * list.Length) / pairs, 1e-12, 0.5);
        var u = UEstimator.Count(list, list, options.USamples, options.Seed);
        (var found, var count, var oversized, var histogram, var weights, var frequencies) =
            Score(list, list, u, lambda, options.Thresholds, withinOneList: true, progress);
        found = found.Where(p => p.Decision != Decision.NoMatch).ToList();
        found.Sort(static (a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));
        return new ReconciliationResult(list, list, found, count, oversized, histogram(0), weights, frequencies, options.Thresholds);
    }

    /// <summary>Whether a pair the weight would match is held at review for a clash of a strong identifier.</summary>
    internal static Hold HoldOf(double weight, ComparisonVector vector, Thresholds thresholds) =>
        weight >= thresholds.MatchWeight && MatchWeights.HoldsAtReview(vector) ? Hold.Clash : Hold.None;

    /// <summary>The decision a pair's weight and vector call for, before one-to-one assignment.</summary>
    public static Decision Decide(double weight, ComparisonVector vector, Thresholds thresholds)
    {
        Preconditions.CheckNotNull(thresholds, nameof(thresholds));
        if (weight >= thresholds.MatchWeight && !MatchWeights.HoldsAtReview(vector))
        {
            return Decision.Match;
        }
        return weight >= thresholds.ReviewWeight ? Decision.Review : Decision.NoMatch;
    }
}
