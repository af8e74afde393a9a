namespace Parley.Evaluation.Cli;

/// <summary>Prints what a dataset holds: sizes, each class's pairs (and alone), the thinnest class pairs.</summary>
internal static class SummaryPrinter
{
    private const int ThinPair = 30;

    public static void Print(DatasetSummary summary, TextWriter output, TimeSpan elapsed)
    {
        output.WriteLine($"left {summary.LeftRecords} records, right {summary.RightRecords}, truth pairs {summary.TruthPairs} " +
            $"(clean {summary.CleanPairs}), duplicate records {summary.DuplicateRecords}, in {elapsed.TotalSeconds:F1} s");
        output.WriteLine("hard negatives: " + string.Join(", ", summary.HardNegatives.Select(pair => $"{pair.Key} {pair.Value}")));
        output.WriteLine($"{"class",-26} {"pairs",8} {"alone",7}");
        foreach (var name in summary.Classes)
        {
            output.WriteLine($"{name,-26} {summary.ClassCounts[name],8} {summary.AloneCounts[name],7}");
        }

        if (summary.Pairs.Count == 0)
        {
            return;
        }

        var thinnest = summary.Pairs.Min(pair => pair.Count);
        var thin = summary.Pairs.Where(pair => pair.Count < ThinPair).ToList();
        output.WriteLine($"class pairs: {summary.Pairs.Count} compatible, fewest {thinnest} truth pairs, " +
            $"median {summary.Pairs.Select(pair => pair.Count).Order().ElementAt(summary.Pairs.Count / 2)}, below {ThinPair}: {thin.Count}");
        foreach (var (a, b, count) in thin.OrderBy(pair => pair.Count).Take(10))
        {
            output.WriteLine($"  {a} + {b}: {count}");
        }
    }
}
