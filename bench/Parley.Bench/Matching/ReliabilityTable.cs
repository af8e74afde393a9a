using System.Globalization;
using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>
/// Calibration: the pairs the engine put out (match or review), in bands of predicted match probability, against
/// the share of them that are true pairs. A calibrated engine's mean probability and observed share agree in every
/// band; the expected calibration error is their gap weighted by the pairs in each band.
/// </summary>
internal static class ReliabilityTable
{
    public static readonly double[] Edges = [0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0000001];

    public static IReadOnlyList<(double From, double To, int Pairs, double MeanProbability, int True)> Bands(LinkageData data, ReconciliationResult result)
    {
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        var rows = new List<(double, double, int, double, int)>();
        for (var b = 0; b + 1 < Edges.Length; b++)
        {
            var inBand = result.Pairs.Where(p => p.Probability >= Edges[b] && p.Probability < Edges[b + 1]).ToList();
            var correct = inBand.Count(p => truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)));
            rows.Add((Edges[b], Math.Min(1, Edges[b + 1]), inBand.Count, inBand.Count == 0 ? 0 : inBand.Average(p => p.Probability), correct));
        }
        return rows;
    }

    /// <summary>Σ |mean p − share true| × pairs / all pairs.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<(double From, double To, int Pairs, double MeanProbability, int True)> bands)
    {
        var all = bands.Sum(b => b.Pairs);
        return all == 0 ? 0 : bands.Sum(b => b.Pairs == 0 ? 0 : Math.Abs(b.MeanProbability - ((double)b.True / b.Pairs)) * b.Pairs) / all;
    }

    public static void Print(TextWriter output, LinkageData data, ReconciliationResult result)
    {
        var bands = Bands(data, result);
        output.WriteLine($"{"probability",-16} {"pairs",7} {"mean p",8} {"true",7} {"share true",11}");
        foreach ((var from, var to, var pairs, var mean, var correct) in bands.Where(b => b.Pairs > 0))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{$"[{from:0.###}, {to:0.###}{(to >= 1 ? "]" : ")")}",-16} {pairs,7} {mean,8:0.0000} {correct,7} {(double)correct / pairs,11:0.0000}"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"expected calibration error {ExpectedCalibrationError(bands):0.0000}"));
    }
}
