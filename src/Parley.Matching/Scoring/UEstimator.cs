namespace Parley.Matching.Scoring;

/// <summary>
/// Estimates u probabilities the way Splink does: compare pairs drawn at random from the two lists — nearly
/// all of them non-matches — and count how often each level turns up. Counts are smoothed (add one) and
/// blended with the documented priors (<see cref="ComparisonLevel.UPrior"/>) as <see cref="PriorPairs"/>
/// pseudo-pairs, so small lists — where random pairs are often true matches — lean on the priors and large
/// lists on their own counts. Floored so no level gets an infinite weight. Deterministic for a given seed.
/// </summary>
public static class UEstimator
{
    /// <summary>The smallest u any level may have.</summary>
    public const double Floor = 1e-7;

    /// <summary>How many pairs the priors count for.</summary>
    public const int PriorPairs = 20_000;

    /// <summary>u[field][level] from <paramref name="samples"/> random pairs.</summary>
    public static double[][] Estimate(IReadOnlyList<PreparedRecord> left, IReadOnlyList<PreparedRecord> right, int samples = 100_000, int seed = 20_26) =>
        FromCounts(Count(left, right, samples, seed));

    /// <summary>How often each level turns up among <paramref name="samples"/> random pairs, [field][level].</summary>
    public static long[][] Count(IReadOnlyList<PreparedRecord> left, IReadOnlyList<PreparedRecord> right, int samples = 100_000, int seed = 20_26)
    {
        Preconditions.CheckNotNull(left, nameof(left));
        Preconditions.CheckNotNull(right, nameof(right));
        var counts = new long[ComparisonLevels.FieldCount][];
        foreach (var f in Enum.GetValues<Field>())
        {
            counts[(int)f] = new long[ComparisonLevels.Of(f).Count];
        }
        // Sampling more pairs than exist only repeats them (and, in small lists, their matches).
        samples = (int)Math.Min(samples, (long)left.Count * right.Count / 4);
        if (left.Count > 0 && right.Count > 0 && samples > 0)
        {
            // Fixed chunks, each with its own seeded generator: the same counts however many threads run.
            const int chunk = 8192;
            var chunks = (samples + chunk - 1) / chunk;
            var partial = new long[chunks][];
            Parallel.For(0, chunks, EngineParallelism.Options(), c =>
            {
                var random = new Random(seed + c);
                var own = new long[ComparisonLevels.FieldCount * ComparisonLevels.MaxLevels];
                var n = Math.Min(chunk, samples - (c * chunk));
                for (var i = 0; i < n; i++)
                {
                    var a = left[random.Next(left.Count)];
                    var b = right[random.Next(right.Count)];
                    if (ReferenceEquals(a, b))
                    {
                        continue;
                    }
                    var packed = Comparer.Compare(a, b).Packed;
                    for (var f = 0; f < ComparisonLevels.FieldCount; f++)
                    {
                        own[(f * ComparisonLevels.MaxLevels) + (int)(packed & ComparisonVector.FieldMask)]++;
                        packed >>= ComparisonVector.BitsPerField;
                    }
                }
                partial[c] = own;
            });
            foreach (var own in partial)
            {
                foreach (var f in Enum.GetValues<Field>())
                {
                    for (var level = 0; level < counts[(int)f].Length; level++)
                    {
                        counts[(int)f][level] += own[((int)f * ComparisonLevels.MaxLevels) + level];
                    }
                }
            }
        }
        return counts;
    }

    /// <summary>
    /// u from counted random pairs, blended with the priors. With <paramref name="m"/> and <paramref name="lambda"/>,
    /// the true matches are first taken out of the counts: a random pair is a match with probability λ, so of the
    /// pairs counted with a field present about λ·present·m[level] showed the level because they were matches. On long
    /// lists λ is tiny and this changes nothing; on a list of a few hundred people the matches among random pairs would
    /// otherwise make an exact date look common.
    /// </summary>
    public static double[][] FromCounts(long[][] counts, double[][]? m = null, double lambda = 0)
    {
        Preconditions.CheckNotNull(counts, nameof(counts));
        var u = new double[ComparisonLevels.FieldCount][];
        foreach (var f in Enum.GetValues<Field>())
        {
            var c = counts[(int)f];
            double present = c.Skip(1).Sum();
            var levels = ComparisonLevels.Of(f);
            double[] nonMatches = [.. c.Select((n, level) => level == 0 || m is null ? n : Math.Max(0, n - (lambda * present * m[(int)f][level])))];
            var nonMatchesPresent = nonMatches.Skip(1).Sum();
            u[(int)f] = [.. nonMatches.Select((n, level) => level == 0
                ? 1
                : Math.Max(Floor, (n + (PriorPairs * levels[level].UPrior)) / (nonMatchesPresent + PriorPairs)))];
        }
        return u;
    }
}
