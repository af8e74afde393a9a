using System.Globalization;
using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>Prints the engine's reliability bands (<see cref="Reliability"/>) of a reconciliation against a generator's truth.</summary>
internal static class ReliabilityTable
{
    public static void Print(TextWriter output, LinkageData data, ReconciliationResult result)
    {
        var bands = Reliability.Of(result, data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet());
        output.WriteLine($"{"probability",-16} {"pairs",7} {"mean p",8} {"true",7} {"share true",11}");
        foreach (var b in bands)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{$"[{b.From:0.###}, {b.To:0.###}{(b.To >= 1 ? "]" : ")")}",-16} {b.Pairs,7} {b.MeanProbability,8:0.0000} {b.True,7} {b.ShareTrue,11:0.0000}"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"expected calibration error {Reliability.ExpectedCalibrationError(bands):0.0000}"));
    }

    /// <summary>The review queue by the reason each pair is there, and how many of each are true pairs.</summary>
    public static void PrintReviewReasons(TextWriter output, LinkageData data, ReconciliationResult result)
    {
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        foreach (var group in result.Pairs.Where(p => p.Decision == Decision.Review).GroupBy(p => p.Hold).OrderBy(g => g.Key))
        {
            var correct = group.Count(p => truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)));
            var reason = group.Key switch
            {
                Hold.None => "probability between the thresholds",
                Hold.Rival => "a close rival (another person)",
                Hold.Clash => "service numbers clash",
                _ => "a possible copy in a list",
            };
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {reason,-38} {group.Count(),6:N0} pairs, {correct,6:N0} true"));
        }
    }
}
