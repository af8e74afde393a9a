namespace Parley.Matching.Scoring;

/// <summary>
/// Estimates the m probabilities and the share of matches on the candidate pairs of the two lists at hand, by
/// expectation–maximisation on the Fellegi–Sunter mixture (Winkler, "Using the EM algorithm for weight computation in
/// the Fellegi–Sunter model of record linkage", 1988; as Splink trains m). The candidates are a mixture of matches,
/// whose levels follow m, and non-matches, whose levels follow a distribution of their own among candidates (they were
/// chosen because their names agree, so they agree far more often than random pairs do): both are estimated, fields
/// independent within each class, a missing field skipped. Only m and the match share leave the estimator — a pair is
/// weighed with u from random pairs (<see cref="UEstimator"/>), the chance a non-match anywhere shows the level.
/// The documented priors count as <see cref="PriorPairs"/> pairs, so short lists lean on them. Runs on the distinct
/// vectors with their counts.
/// </summary>
public static class MEstimator
{
    /// <summary>The smallest m any level may have.</summary>
    public const double Floor = 1e-5;

    /// <summary>How many pairs the documented priors count for in each class.</summary>
    public const double PriorPairs = 20;

    /// <summary>The result: m[field][level], and the share of the candidate pairs that are matches.</summary>
    public sealed record Estimate(double[][] M, double MatchShare, int Rounds);

    /// <summary>
    /// Runs EM from the documented m priors and <paramref name="u"/> (random pairs), starting from
    /// <paramref name="initialMatchShare"/>, until the match share moves less than 1e-6 or after <paramref name="maxRounds"/>.
    /// </summary>
    public static Estimate Run(IReadOnlyDictionary<ulong, long> vectorCounts, double[][] u, double initialMatchShare, int maxRounds = 200)
    {
        Preconditions.CheckNotNull(vectorCounts, nameof(vectorCounts));
        Preconditions.CheckNotNull(u, nameof(u));
        var fields = ComparisonLevels.FieldCount;
        double[][] priorM = [.. Enum.GetValues<Field>().Select(f => ComparisonLevels.Of(f).Select(l => l.M).ToArray())];
        var m = priorM.Select(r => r.ToArray()).ToArray();
        var share = Math.Clamp(initialMatchShare, 1e-6, 1 - 1e-6);
        var vectors = vectorCounts.Select(kv => (Levels: Unpack(kv.Key), Count: (double)kv.Value)).ToArray();
        var total = vectors.Sum(v => v.Count);
        // The non-matches among candidates start as the random pairs' u; they move towards agreement as EM finds them.
        var uc = u.Select(r => r.ToArray()).ToArray();
        var rounds = 0;
        for (; rounds < maxRounds && total > 0; rounds++)
        {
            var matchSums = NewSums();
            var nonSums = NewSums();
            double matches = 0;
            foreach ((var levels, var count) in vectors)
            {
                var logOdds = Math.Log(share / (1 - share));
                for (var f = 0; f < fields; f++)
                {
                    var l = levels[f];
                    if (l != 0)
                    {
                        logOdds += Math.Log(m[f][l] / uc[f][l]);
                    }
                }
                var g = 1 / (1 + Math.Exp(-Math.Clamp(logOdds, -700, 700)));
                matches += g * count;
                for (var f = 0; f < fields; f++)
                {
                    var l = levels[f];
                    matchSums[f][l] += g * count;
                    nonSums[f][l] += (1 - g) * count;
                }
            }
            var next = Math.Clamp(matches / total, 1e-6, 1 - 1e-6);
            for (var f = 0; f < fields; f++)
            {
                Normalise(m[f], matchSums[f], priorM[f]);
                Normalise(uc[f], nonSums[f], u[f]);
            }
            var settled = Math.Abs(next - share) < 1e-6;
            share = next;
            if (settled)
            {
                break;
            }
        }
        return new Estimate(m, share, rounds);
    }

    /// <summary>m (or u) over the levels present (1…): the class's counts with the prior as <see cref="PriorPairs"/> pairs.</summary>
    private static void Normalise(double[] into, double[] sums, double[] prior)
    {
        double present = 0, priorPresent = 0;
        for (var l = 1; l < into.Length; l++)
        {
            present += sums[l];
            priorPresent += prior[l];
        }
        for (var l = 1; l < into.Length; l++)
        {
            into[l] = Math.Max(Floor, (sums[l] + (PriorPairs * prior[l] / priorPresent)) / (present + PriorPairs));
        }
    }

    private static double[][] NewSums() => [.. Enum.GetValues<Field>().Select(f => new double[ComparisonLevels.Of(f).Count])];

    private static int[] Unpack(ulong packed)
    {
        var levels = new int[ComparisonLevels.FieldCount];
        for (var f = 0; f < levels.Length; f++)
        {
            levels[f] = (int)(packed & ComparisonVector.FieldMask);
            packed >>= ComparisonVector.BitsPerField;
        }
        return levels;
    }
}
