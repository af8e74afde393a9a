using System.Globalization;
using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>
/// <c>matching figures [--generator synth|eval|both] [--sizes 3000,20000] [--seed 7]</c>: issue 10's closing figures
/// on each generator at each size, beside the figures the issue started from — match and found precision, recall and
/// F1, blocking recall and the candidate count, the review queue, the expected calibration error, end-to-end time and
/// peak memory (`parley reconcile`'s work in a fresh process), then recall per error class alone at each size.
/// Accuracy is scored on a reconciliation in this process (blocking recall needs the engine's blocking); the child's
/// counts of match and review are checked against it.
/// </summary>
internal static class FiguresRun
{
    /// <summary>The issue's figures before the work (its own independent generator, 3,000 and 20,000 people).</summary>
    private static readonly Dictionary<string, (string At3000, string At20000)> Start = new(StringComparer.Ordinal)
    {
        ["match precision"] = ("0.997", ""),
        ["match recall"] = ("0.679", ""),
        ["match F1"] = ("0.808", "0.795"),
        ["found precision"] = ("0.987", ""),
        ["found recall"] = ("0.902", ""),
        ["found F1"] = ("0.942", ""),
        ["blocking recall"] = ("0.90", ""),
        ["review queue"] = ("~500", ""),
        ["review / true pairs"] = ("22 %", ""),
        ["end to end"] = ("", "1.6 s"),
        ["peak memory"] = ("", "114 MB"),
    };

    public static int Run(string[] args, int seed)
    {
        var sizes = (MatchingBench.Option(args, "--sizes") ?? "3000,20000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .ToList();
        Console.WriteLine($"command: Parley.Bench matching {string.Join(' ', args)}");
        foreach (var generator in MatchingBench.Generators(args))
        {
            var columns = new List<Column>();
            string? label = null;
            foreach (var people in sizes)
            {
                using var folder = BenchOptions.NewFolder();
                var data = MatchingBench.Lists(generator, folder, people, seed);
                label = $"{data.Generator} at commit {data.Commit} (seed {seed})";
                Console.Error.WriteLine($"figures: {label}, {people:N0} people: end to end in a child process…");
                var e2e = EndToEnd.InChild(folder.File("left.csv"), folder.File("right.csv"), folder.File("out"));
                Console.Error.WriteLine("figures: scoring against the truth…");
                var result = Reconciler.Reconcile(data.Left, data.Right);
                var card = Scorecard.Of(data, result, BlockingProbe.Of(result));
                var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
                var ece = Reliability.ExpectedCalibrationError(Reliability.Of(result, truth));
                if ((int)e2e["match"] != card.Matches || (int)e2e["review"] != card.Reviews)
                {
                    Console.WriteLine($"note: the child decided {e2e["match"]} match and {e2e["review"]} review, this process {card.Matches} and {card.Reviews}");
                }
                columns.Add(new Column(people, data.Left.Count, data.Right.Count, card, ece, e2e));
            }
            Print(label ?? generator, columns);
        }
        return 0;
    }

    private static void Print(string label, IReadOnlyList<Column> columns)
    {
        Console.WriteLine();
        Console.WriteLine($"=== {label}");
        var header = new List<string> { "", "issue start 3,000", "issue start 20,000" };
        header.AddRange(columns.Select(c => string.Create(CultureInfo.InvariantCulture, $"now {c.People:N0}")));
        var rows = new List<List<string>> { header };
        void Row(string name, Func<Column, string> value)
        {
            var start = Start.TryGetValue(name, out var figures) ? figures : ("", "");
            rows.Add([name, start.Item1, start.Item2, .. columns.Select(value)]);
        }
        Row("records left / right", c => $"{c.Left:N0} / {c.Right:N0}");
        Row("true pairs", c => $"{c.Card.TruePairs:N0}");
        Row("match precision", c => F(c.Card.MatchPrecision));
        Row("match recall", c => F(c.Card.MatchRecall));
        Row("match F1", c => F(c.Card.MatchF1));
        Row("found precision", c => F(c.Card.FoundPrecision));
        Row("found recall", c => F(c.Card.FoundRecall));
        Row("found F1", c => F(c.Card.FoundF1));
        Row("blocking recall", c => F(c.Card.BlockingRecall));
        Row("candidate pairs", c => $"{c.Card.CandidatePairs:N0}");
        Row("review queue", c => $"{c.Card.Reviews:N0} ({c.Card.ReviewsTrue:N0} true)");
        Row("review / true pairs", c => string.Create(CultureInfo.InvariantCulture, $"{c.Card.ReviewShare * 100:0.0} %"));
        Row("review items", c => $"{c.Card.ReviewItemCount:N0} ({c.Card.ReviewItemsWithTrue:N0} with a true pair)");
        Row("review items / true pairs", c => string.Create(CultureInfo.InvariantCulture, $"{c.Card.ReviewItemShare * 100:0.0} %"));
        Row("calibration error (ECE)", c => F(c.Ece));
        Row("end to end", c => string.Create(CultureInfo.InvariantCulture, $"{c.E2E["seconds"]:0.00} s"));
        Row("  of which reconcile", c => string.Create(CultureInfo.InvariantCulture, $"{c.E2E["reconcile"]:0.00} s"));
        Row("  CPU", c => string.Create(CultureInfo.InvariantCulture, $"{c.E2E["cpu"]:0.00} s"));
        Row("peak memory", c => string.Create(CultureInfo.InvariantCulture, $"{c.E2E["peak"] / 1e6:0} MB"));
        PrintTable(rows);

        Console.WriteLine();
        Console.WriteLine("found recall (match or review) per error class alone; pairs of classes below 0.95");
        var names = columns.SelectMany(c => c.Card.Classes.Where(r => r.Size <= 1).Select(r => r.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        List<List<string>> classRows = [["class", .. columns.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.People:N0}: pairs  found"))]];
        foreach (var name in names)
        {
            classRows.Add([name, .. columns.Select(c => c.Card.Classes.FirstOrDefault(r => r.Name == name) is { } r
                ? string.Create(CultureInfo.InvariantCulture, $"{r.Truth,5}  {(double)r.Found / r.Truth:0.000}{(r.Size > 0 && (double)r.Found / r.Truth < 0.95 ? " <" : "")}")
                : "")]);
        }
        PrintTable(classRows);
        foreach (var c in columns)
        {
            var pairs = c.Card.Classes.Where(r => r.Size == 2).ToList();
            var below = pairs.Where(r => (double)r.Found / r.Truth < 0.95).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.People:N0} people: {pairs.Count} pairs of classes, {below.Count} below 0.95{(below.Count == 0 ? "" : ": " + string.Join(", ", below.Select(r => $"{r.Name} {r.Found}/{r.Truth}")))}"));
        }
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static void PrintTable(List<List<string>> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Count).Select(i => rows.Max(r => i < r.Count ? r[i].Length : 0)).ToList();
        foreach (var row in rows)
        {
            Console.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }

    private sealed record Column(int People, int Left, int Right, Scorecard Card, double Ece, Dictionary<string, double> E2E);
}
