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
        Field[] fields = Enum.GetValues<Field>();
        double[][] m = [.. fields.Select(f => ComparisonLevels.Of(f).Select(l => l.M).ToArray())];
        for (int round = 0; round < rounds; round++)
        {
            var weights = new MatchWeights(m, u, 0.5);
            double[][] sums = [.. fields.Select(f => new double[ComparisonLevels.Of(f).Count])];
            foreach ((ulong packed, long count) in vectorCounts)
            {
                var v = new ComparisonVector(packed);
                double total = weights.Total(v) + priorWeight;
                foreach (Field f in fields)
                {
                    int level = v[f];
                    if (level != 0 && total - weights.Weight(f, level) >= ConfidentWeight)
                    {
                        sums[(int)f][level] += count;
                    }
                }
            }
            foreach (Field f in fields)
            {
                IReadOnlyList<ComparisonLevel> levels = ComparisonLevels.Of(f);
                double present = sums[(int)f].Skip(1).Sum();
                for (int l = 1; l < levels.Count; l++)
                {
                    m[(int)f][l] = Math.Max(Floor, (sums[(int)f][l] + (priorPairs * levels[l].M)) / (present + priorPairs));
                }
            }
        }
        return m;
    }
}
