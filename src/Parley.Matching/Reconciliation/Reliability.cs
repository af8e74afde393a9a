namespace Parley.Matching.Reconciliation;

/// <summary>One band of predicted match probability: the pairs put out in it, their mean probability, and how many are true.</summary>
public sealed record ReliabilityBand(double From, double To, int Pairs, double MeanProbability, int True)
{
    /// <summary>The share of the band's pairs that are true (what a calibrated mean probability would equal).</summary>
    public double ShareTrue => Pairs == 0 ? 0 : (double)True / Pairs;
}

/// <summary>
/// Calibration against a truth: the pairs a reconciliation put out (match or review), in bands of predicted match
/// probability, beside the share of each band that the truth holds — a reliability diagram. The probability means
/// what it says when the two agree in every band; the expected calibration error is their gap, weighted by pairs.
/// </summary>
public static class Reliability
{
    /// <summary>The band edges; the first band starts at the lowest probability put out.</summary>
    public static IReadOnlyList<double> Edges { get; } = [0, 0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1];

    /// <summary>The bands of <paramref name="result"/>'s pairs against <paramref name="truth"/> (left id, right id).</summary>
    public static IReadOnlyList<ReliabilityBand> Of(ReconciliationResult result, IReadOnlySet<(string Left, string Right)> truth)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckNotNull(truth, nameof(truth));
        var bands = new List<ReliabilityBand>();
        for (var b = 0; b + 1 < Edges.Count; b++)
        {
            var last = b + 2 == Edges.Count;
            var inBand = result.Pairs
                .Where(p => p.Probability >= Edges[b] && (p.Probability < Edges[b + 1] || last))
                .ToList();
            if (inBand.Count == 0)
            {
                continue;
            }
            var correct = inBand.Count(p => truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)));
            bands.Add(new ReliabilityBand(Edges[b], Edges[b + 1], inBand.Count, inBand.Average(p => p.Probability), correct));
        }
        return bands;
    }

    /// <summary>Σ |mean probability − share true| × pairs / all pairs.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<ReliabilityBand> bands)
    {
        Preconditions.CheckNotNull(bands, nameof(bands));
        var all = bands.Sum(b => b.Pairs);
        return all == 0 ? 0 : bands.Sum(b => Math.Abs(b.MeanProbability - b.ShareTrue) * b.Pairs) / all;
    }
}
