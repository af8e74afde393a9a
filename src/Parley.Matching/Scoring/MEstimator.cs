namespace Parley.Matching.Scoring;

/// <summary>
/// Estimates the m probabilities on the candidate pairs, one field at a time, from the pairs that the
/// <em>other</em> fields already make confident matches ("leave one field out"). Plain EM over blocked pairs
/// drifts (the candidates were chosen because their names agree, so name agreement stops telling matches from
/// non-matches — the reason Splink trains each field only in sessions not blocked on it); leaving the field out
/// of its own evidence avoids that, under Fellegi–Sunter's own assumption that fields are independent given
/// the match status. The documented priors count as <c>priorPairs</c> pairs, so few candidates lean on them.
/// Runs on the distinct vectors with their counts.
/// </summary>
public static class MEstimator
{
    /// <summary>The smallest m any level may have.</summary>
    public const double Floor = 1e-4;

    /// <summary>The match weight (without the field) from which a pair counts as a match when estimating the field's m.</summary>
    public const double ConfidentWeight = 8;

    /// <summary>m[field][level], refined over <paramref name="rounds"/> rounds from the documented priors.</summary>
    public static double[][] Estimate(IReadOnlyDictionary<ulong, long> vectorCounts, double[][] u, double priorWeight, int rounds = 3, double priorPairs = 100)
    {
        Preconditions.CheckNotNull(vectorCounts, nameof(vectorCounts));
        Preconditions.CheckNotNull(u, nameof(u));
        var fields = Enum.GetValues<Field>();
        double[][] m = [.. fields.Select(f => ComparisonLevels.Of(f).Select(l => l.M).ToArray())];
        for (var round = 0; round < rounds; round++)
        {
            var weights = new MatchWeights(m, u, 0.5);
            double[][] sums = [.. fields.Select(f => new double[ComparisonLevels.Of(f).Count])];
            foreach ((var packed, var count) in vectorCounts)
            {
                var v = new ComparisonVector(packed);
                var total = weights.Total(v) + priorWeight;
                foreach (var f in fields)
                {
                    var level = v[f];
                    if (level != 0 && total - weights.Weight(f, level) >= ConfidentWeight)
                    {
                        sums[(int)f][level] += count;
                    }
                }
            }
            foreach (var f in fields)
            {
                var levels = ComparisonLevels.Of(f);
                var present = sums[(int)f].Skip(1).Sum();
                for (var l = 1; l < levels.Count; l++)
                {
                    m[(int)f][l] = Math.Max(Floor, (sums[(int)f][l] + (priorPairs * levels[l].M)) / (present + priorPairs));
                }
            }
        }
        return m;
    }
}
