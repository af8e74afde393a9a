using Parley.Matching.Assignment;
using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

public static partial class Reconciler
{
    /// <summary>
    /// One-to-one assignment in two rounds. The prior λ was a guess (the expected overlap); it is re-estimated
    /// from the assigned pairs' probabilities (expectation–maximisation on λ alone), and every weight shifts by the
    /// change. The confident matches of that first round are kept. The records left over are then a
    /// reconciliation of their own — fewer people, most of whose namesakes have been matched away — so their
    /// pairs are weighed again with term frequencies counted among the left-over records and with that residual
    /// problem's own prior, estimated per <see cref="DateStratum"/> (a fully described record still unmatched is
    /// probably one-sided; one that says little is not), and assigned among themselves.
    /// </summary>
    internal static (IReadOnlyList<ScoredPair> Pairs, MatchWeights First, (MatchWeights[] Weights, TermFrequencies Frequencies)? Second, IReadOnlyList<(bool LeftList, int First, int Second)> Copies) Assign(
        List<ScoredPair> candidates,
        PreparedRecord[] left,
        PreparedRecord[] right,
        MatchWeights weights,
        TermFrequencies frequencies,
        ReconcileOptions options)
    {
        var thresholds = options.Thresholds;
        int leftCount = left.Length, rightCount = right.Length;
        var all = Math.Max(1.0, (double)leftCount * rightCount);
        var prior = weights.PriorWeight;
        // A uniform shift does not reorder the pairs, so one assignment serves every round of the λ estimate.
        // Every pair of records found to be one person listed twice (not merely possibly), for the lists' accounts.
        var found = new List<(bool, int, int)>();
        OneToOneAssignment.SameRecordTwice copies = (leftList, a, b) =>
        {
            var copy = SameRecordTwice(leftList ? left : right, a, b, weights, frequencies, thresholds);
            if (copy == Copy.Certain)
            {
                found.Add((leftList, a, b));
            }
            return copy;
        };
        var assigned = OneToOneAssignment.Assign(candidates, leftCount, rightCount, thresholds.AmbiguityMarginBits, copies);
        double shift = 0;
        for (var round = 0; round < 50; round++)
        {
            double expected = 0;
            foreach (var p in assigned)
            {
                expected += MatchWeights.Probability(p.Weight + shift);
            }
            var lambda = Math.Clamp(expected / all, 1e-12, 0.5);
            var next = Math.Log2(lambda / (1 - lambda)) - prior;
            var settled = Math.Abs(next - shift) < 0.001;
            shift = next;
            if (settled)
            {
                break;
            }
        }
        var firstWeights = weights.WithPrior(prior + shift);
        var expectedMatches = assigned.Sum(p => MatchWeights.Probability(p.Weight + shift));
        var lift = Uncontested.Bits(candidates.Count, k => candidates[k].Left, k => candidates[k].Right, k => candidates[k].Weight + shift, leftCount, rightCount,
            expectedMatches / Math.Max(1, leftCount), expectedMatches / Math.Max(1, rightCount));
        var shifted = Shifted(candidates, shift, lift, thresholds);
        var first = OneToOneAssignment.Assign(shifted, leftCount, rightCount, thresholds.AmbiguityMarginBits, copies);
        var matchedLeft = new bool[leftCount];
        var matchedRight = new bool[rightCount];
        var matched = 0;
        foreach (var p in first.Where(p => p.Decision == Decision.Match))
        {
            matchedLeft[p.Left] = matchedRight[p.Right] = true;
            matched++;
        }
        var residualExpected = first.Sum(p => MatchWeights.Probability(p.Weight - p.UncontestedBits)) - matched;
        PreparedRecord[] restLeft = [.. left.Where(r => !matchedLeft[r.Index])];
        PreparedRecord[] restRight = [.. right.Where(r => !matchedRight[r.Index])];
        if (residualExpected < 1 || matched == 0 || restLeft.Length == 0 || restRight.Length == 0)
        {
            return (OneToOneAssignment.WithRunnersUp(first, shifted, leftCount, rightCount, thresholds.AmbiguityMarginBits), firstWeights, null, found);
        }
        // The prior of the residual problem, estimated per date stratum by expectation–maximisation on λ alone over the
        // residual candidates (each record's best candidate, so a record with many candidates counts once).
        var secondFrequencies = new TermFrequencies(restLeft, restRight);
        var stratumPairs = DateStrata.PairCounts(restLeft, restRight);
        var pending = new List<(ScoredPair Pair, double Base, int Stratum)>();
        foreach (var p in candidates)
        {
            if (matchedLeft[p.Left] || matchedRight[p.Right])
            {
                continue;
            }
            var levels = firstWeights.Total(p.Vector) - firstWeights.PriorWeight
                + secondFrequencies.Adjustment(left[p.Left], right[p.Right], p.Vector, firstWeights);
            pending.Add((p, levels, (int)DateStrata.Of(left[p.Left], right[p.Right])));
        }
        var overall = Math.Max(MatchWeights.Logit(Math.Clamp(residualExpected / ((double)restLeft.Length * restRight.Length), 1e-12, 0.5)), firstWeights.PriorWeight);
        double[] priors = [overall, overall, overall];
        var best = pending.GroupBy(x => x.Pair.Left).Select(g => g.MaxBy(x => x.Base)).ToList();
        for (var round = 0; round < 50; round++)
        {
            var expected = new double[DateStrata.Count];
            foreach ((var _, var levels, var stratum) in best)
            {
                expected[stratum] += MatchWeights.Probability(levels + priors[stratum]);
            }
            double change = 0;
            for (var k = 0; k < DateStrata.Count; k++)
            {
                var next = stratumPairs[k] < 1 ? overall : Math.Max(firstWeights.PriorWeight,
                    MatchWeights.Logit(Math.Clamp(expected[k] / stratumPairs[k], 1e-12, 0.5)));
                change = Math.Max(change, Math.Abs(next - priors[k]));
                priors[k] = next;
            }
            if (change < 0.001)
            {
                break;
            }
        }
        MatchWeights[] secondWeights = [.. priors.Select(firstWeights.WithPrior)];
        var residual = new List<ScoredPair>();
        var residualLift = Uncontested.Bits(pending.Count, k => pending[k].Pair.Left, k => pending[k].Pair.Right, k => pending[k].Base + priors[pending[k].Stratum],
            leftCount, rightCount, residualExpected / restLeft.Length, residualExpected / restRight.Length);
        for (var k = 0; k < pending.Count; k++)
        {
            (var p, var levels, var stratum) = pending[k];
            var w = levels + priors[stratum] + residualLift[k];
            var d = Decide(w, p.Vector, thresholds);
            if (d != Decision.NoMatch)
            {
                residual.Add(p with { Weight = w, Decision = d, Round = 2, Hold = HoldOf(w, p.Vector, thresholds), UncontestedBits = residualLift[k] });
            }
        }
        var second = OneToOneAssignment.Assign(residual, leftCount, rightCount, thresholds.AmbiguityMarginBits, copies);
        var result = first.Where(p => p.Decision == Decision.Match).Concat(second).ToList();
        return (OneToOneAssignment.WithRunnersUp(result, residual, leftCount, rightCount, thresholds.AmbiguityMarginBits), firstWeights, (secondWeights, secondFrequencies), found);
    }

    /// <summary>
    /// Two records of one list are one person listed twice (lists merged from two sources) when, weighed as a pair of
    /// the two lists would be, they are a match with no strong identifier clashing, and both give the same date of birth
    /// or the same service number: a copy carries what it was copied from, while two records of one name born apart are
    /// two people. Where one gives no date or only part of it, and no service number settles it, a namesake cannot be
    /// told from a copy (`parley synth`'s lists have such namesakes), so the copy is only possible. Two given names that
    /// differ outright (Никифор, Сергій) are no copy however much else agrees: brothers born the same day, twins, share
    /// the surname, the father and the date.
    /// </summary>
    private static Copy SameRecordTwice(PreparedRecord[] list, int a, int b, MatchWeights weights, TermFrequencies frequencies, Thresholds thresholds)
    {
        var v = Comparer.Compare(list[a], list[b]);
        var date = v[Field.DateOfBirth];
        if (date is not (ComparisonLevels.Missing or ComparisonLevels.Date.Exact or ComparisonLevels.Date.Partial) || MatchWeights.HoldsAtReview(v)
            || v[Field.Given] is ComparisonLevels.Given.Different or ComparisonLevels.Given.OtherNameAlike
            || weights.Total(v) + frequencies.Adjustment(list[a], list[b], v, weights) < thresholds.MatchWeight)
        {
            return Copy.No;
        }
        var sameNumber = v[Field.ServiceNumber] is ComparisonLevels.Service.Exact or ComparisonLevels.Service.SameDigits;
        return date == ComparisonLevels.Date.Exact || sameNumber ? Copy.Certain : Copy.Possible;
    }

    private static List<ScoredPair> Shifted(List<ScoredPair> candidates, double shift, double[] lift, Thresholds thresholds)
    {
        var shifted = new List<ScoredPair>(candidates.Count);
        for (var k = 0; k < candidates.Count; k++)
        {
            var p = candidates[k];
            var w = p.Weight + shift + lift[k];
            var d = Decide(w, p.Vector, thresholds);
            if (d != Decision.NoMatch)
            {
                shifted.Add(p with { Weight = w, Decision = d, Hold = HoldOf(w, p.Vector, thresholds), UncontestedBits = lift[k] });
            }
        }
        return shifted;
    }
}
