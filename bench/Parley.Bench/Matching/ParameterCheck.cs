using System.Globalization;
using Parley.Matching.Reconciliation;
using Parley.Matching.Scoring;

namespace Parley.Bench.Matching;

/// <summary>
/// The m and u probabilities the engine estimated from the lists alone, beside the same probabilities counted with
/// the truth: m over the true pairs, u over random pairs that are not true pairs. Both over the pairs where the field
/// is present on both sides.
/// </summary>
internal static class ParameterCheck
{
    public static void Print(TextWriter output, LinkageData data, ReconciliationResult result, int samples = 200_000)
    {
        var leftIndex = result.Left.Select((r, i) => (r.Source.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var rightIndex = result.Right.Select((r, i) => (r.Source.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var truth = data.Truth.Select(t => (leftIndex[t.LeftId], rightIndex[t.RightId])).ToHashSet();
        var fields = Enum.GetValues<Field>();
        var m = Counts(truth.Select(p => Comparer.Compare(result.Left[p.Item1], result.Right[p.Item2])));
        var random = new Random(5);
        var u = Counts(Enumerable.Range(0, samples)
            .Select(_ => (random.Next(result.Left.Count), random.Next(result.Right.Count)))
            .Where(p => !truth.Contains(p))
            .Select(p => Comparer.Compare(result.Left[p.Item1], result.Right[p.Item2])));
        output.WriteLine($"{"field",-14} {"level",-18} {"m est",8} {"m true",8} {"u est",10} {"u true",10}");
        foreach (var f in fields)
        {
            var levels = ComparisonLevels.Of(f);
            double mPresent = m[(int)f].Skip(1).Sum(), uPresent = u[(int)f].Skip(1).Sum();
            for (var level = 1; level < levels.Count; level++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(level == 1 ? f.ToString() : ""),-14} {levels[level].Name,-18} {result.Weights.M(f, level),8:0.0000} {Share(m[(int)f][level], mPresent),8} {result.Weights.U(f, level),10:0.000000} {Share(u[(int)f][level], uPresent),10}"));
            }
        }
    }

    private static string Share(double count, double present) =>
        present == 0 ? "-" : (count / present).ToString(count / present < 0.001 ? "0.000000" : "0.0000", CultureInfo.InvariantCulture);

    private static long[][] Counts(IEnumerable<ComparisonVector> vectors)
    {
        var counts = Enum.GetValues<Field>().Select(f => new long[ComparisonLevels.Of(f).Count]).ToArray();
        foreach (var v in vectors)
        {
            foreach (var f in Enum.GetValues<Field>())
            {
                counts[(int)f][v[f]]++;
            }
        }
        return counts;
    }
}
