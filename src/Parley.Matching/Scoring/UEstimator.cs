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
    public static double[][] Estimate(IReadOnlyList<PreparedRecord> left, IReadOnlyList<PreparedRecord> right, int samples = 100_000, int seed = 20_26)
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
            Parallel.For(0, chunks, c =>
            {
                var random = new Random(seed + c);
                var own = new long[ComparisonLevels.FieldCount * 8];
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
                        own[(f * 8) + (int)(packed & 0xFF)]++;
                        packed >>= 8;
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
                        counts[(int)f][level] += own[((int)f * 8) + level];
                    }
                }
            }
        }
        var u = new double[ComparisonLevels.FieldCount][];
        foreach (var f in Enum.GetValues<Field>())
        {
            var c = counts[(int)f];
            var present = c.Skip(1).Sum();
            var levels = ComparisonLevels.Of(f);
            u[(int)f] = [.. c.Select((n, level) => level == 0
                ? 1
                : Math.Max(Floor, (n + (PriorPairs * levels[level].UPrior)) / (present + PriorPairs)))];
        }
        return u;
    }
}
