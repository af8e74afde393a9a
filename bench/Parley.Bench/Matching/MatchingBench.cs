using System.Diagnostics;
using System.Globalization;
using Parley.Demo.Synthetic;
using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>
/// Reconciliation benchmarks on `parley synth` data. Usage:
/// <c>matching accuracy [--people 10000] [--seed 7]</c> — precision, recall and F1 per difficulty class, Parley
/// beside the Lucene.Net baseline; <c>matching speed [--people 117647]</c> — end to end (import, reconcile, report)
/// on about 100,000 records a side, in a fresh process for its peak working set, and the Lucene baseline's time;
/// <c>matching scaling [--max 1000000]</c> — end to end at 10k, 100k and 1M records a side.
/// </summary>
internal static class MatchingBench
{
    public static int Run(string[] args)
    {
        var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "accuracy";
        var people = BenchOptions.Int(args, "--people", 10_000);
        var seed = BenchOptions.Int(args, "--seed", 7);
        return what switch
        {
            "accuracy" => AccuracyRun(people, seed),
            "speed" => SpeedRun(BenchOptions.Int(args, "--people", 117_647), seed),
            "scaling" => ScalingRun(BenchOptions.Int(args, "--max", 1_000_000), seed),
            "e2e" => EndToEnd.Run(args[1], args[2], args[3]),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Parley.Bench matching accuracy|speed|scaling|all [--people N] [--seed S]");
        return 2;
    }

    private static int AccuracyRun(int people, int seed)
    {
        var clock = Stopwatch.StartNew();
        var data = SyntheticLists.Generate(people, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Accuracy: {people:N0} people (seed {seed}): {data.Left.Count:N0} left, {data.Right.Count:N0} right, {data.Truth.Count:N0} true pairs; generated in {clock.Elapsed.TotalSeconds:0.00} s"));
        clock.Restart();
        var options = ReconcileOptions.Default;
        if (Environment.GetEnvironmentVariable("PARLEY_MATCH_THRESHOLD") is { } t)
        {
            options = options with { Thresholds = new Thresholds(double.Parse(t, CultureInfo.InvariantCulture), Thresholds.Default.Review, Thresholds.Default.AmbiguityMarginBits) };
        }
        var result = Reconciler.Reconcile(data.Left, data.Right, options);
        var parley = clock.Elapsed;
        var matches = result.Pairs.Where(p => p.Decision == Decision.Match).Select(p => (result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)).ToList();
        var reviews = result.Pairs.Where(p => p.Decision == Decision.Review).Select(p => (result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Parley: {parley.TotalSeconds:0.00} s; {result.CandidatePairs:N0} candidate pairs ({(double)result.CandidatePairs / ((double)data.Left.Count * data.Right.Count):P4} of all); {matches.Count:N0} match, {reviews.Count:N0} review"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prior weight {result.Weights.PriorWeight:0.00} (λ {result.Weights.PriorMatchProbability:E2}; true {(double)data.Truth.Count / data.Left.Count / data.Right.Count:E2})"));
        PrintCalibration(data, result);
        var ours = Accuracy.Of(data.Truth, matches);
        Print("Parley, match decisions", ours, Accuracy.Of(data.Truth, reviews));
        clock.Restart();
        IReadOnlyList<(string, string)> lucene = LuceneBaseline.Match(data.Left, data.Right);
        var baseline = clock.Elapsed;
        var theirs = Accuracy.Of(data.Truth, lucene);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lucene.Net baseline: {baseline.TotalSeconds:0.00} s; {lucene.Count:N0} match"));
        Print("Lucene.Net baseline (fuzzy surname and given name, year filter, one to one)", theirs);
        Console.WriteLine();
        Console.WriteLine($"{"class",-16} {"F1 Parley",10} {"F1 Lucene",10} {"ratio",7}");
        for (var i = 0; i < ours.Count; i++)
        {
            if (ours[i].Truth == 0)
            {
                continue;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ours[i].Class,-16} {ours[i].F1,10:0.0000} {theirs[i].F1,10:0.0000} {(theirs[i].F1 == 0 ? double.PositiveInfinity : ours[i].F1 / theirs[i].F1),7:0.00}"));
        }
        PrintOperatingPoints(data);
        var overall = ours[^1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: F1 >= 0.98 {(overall.F1 >= 0.98 ? "met" : "MISSED")} ({overall.F1:0.0000}); precision >= 0.99 {(overall.Precision >= 0.99 ? "met" : "MISSED")} ({overall.Precision:0.0000}); time Parley {parley.TotalSeconds:0.00} s, Lucene {baseline.TotalSeconds:0.00} s"));
        if (Environment.GetEnvironmentVariable("PARLEY_BENCH_MISSES") is { } missClass)
        {
            ShowMisses(data, result, missClass);
        }
        return 0;
    }

    /// <summary>The same lists at other match thresholds: the precision–recall trade-off the --match option chooses.</summary>
    private static void PrintOperatingPoints(SyntheticDataset data)
    {
        Console.WriteLine();
        Console.WriteLine("Operating points (--match threshold; review stays at the default)");
        Console.WriteLine($"{"--match",8} {"match",7} {"precision",10} {"recall",8} {"F1",7}");
        foreach (var threshold in new[] { 0.999, 0.99, 0.95, 0.9, 0.8, 0.5, 0.3 })
        {
            var options = ReconcileOptions.Default with
            {
                Thresholds = new Thresholds(threshold, Math.Min(threshold, Thresholds.Default.Review), Thresholds.Default.AmbiguityMarginBits),
            };
            var result = Reconciler.Reconcile(data.Left, data.Right, options);
            var matches = result.Pairs.Where(p => p.Decision == Decision.Match).Select(p => (result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id));
            var a = Accuracy.Of(data.Truth, matches)[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{threshold,8:0.###} {a.Predicted,7} {a.Precision,10:0.0000} {a.Recall,8:0.0000} {a.F1,7:0.0000}"));
        }
    }

    /// <summary>Reliability of the match probability: assigned pairs by predicted probability, against the truth.</summary>
    private static void PrintCalibration(SyntheticDataset data, ReconciliationResult result)
    {
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        double[] edges = [0, 0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0001];
        Console.WriteLine();
        Console.WriteLine("Calibration: assigned pairs by match probability");
        Console.WriteLine($"{"probability",-16} {"pairs",7} {"mean p",8} {"true",7} {"share true",11}");
        for (var b = 0; b + 1 < edges.Length; b++)
        {
            var inBin = result.Pairs.Where(p => p.Probability >= edges[b] && p.Probability < edges[b + 1]).ToList();
            if (inBin.Count == 0)
            {
                continue;
            }
            var correct = inBin.Count(p => truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{$"[{edges[b]:0.###}, {Math.Min(1, edges[b + 1]):0.###})",-16} {inBin.Count,7} {inBin.Average(p => p.Probability),8:0.0000} {correct,7} {(double)correct / inBin.Count,11:0.0000}"));
        }
    }

    private static int SpeedRun(int people, int seed)
    {
        using var folder = BenchOptions.NewFolder();
        (var left, var right, var l, var r) = WriteLists(folder, people, seed);
        Console.WriteLine($"Speed: {people:N0} people: {l:N0} left, {r:N0} right records; {Environment.ProcessorCount} cores");
        var e2e = EndToEnd.InChild(left, right, folder.File("out"));
        PrintEndToEnd([(people, e2e)]);
        var data = SyntheticLists.Generate(people, seed);
        var queries = Math.Min(data.Left.Count, BenchOptions.Int(Environment.GetCommandLineArgs(), "--lucene-queries", 5_000));
        IReadOnlyList<(string, string)> lucene = LuceneBaseline.Match(data.Left, data.Right, queries, out var index, out var query);
        var baseline = index + (query * data.Left.Count / queries);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Lucene.Net baseline on the same lists (in memory; no import or report): preparing and indexing {data.Right.Count:N0} records {index:0.0} s; "
            + $"{queries:N0} queries {query:0.0} s ({query / queries * 1000:0.00} ms each); all {data.Left.Count:N0} queries: {(queries == data.Left.Count ? "measured" : "extrapolated")} {baseline:0.0} s; ratio {baseline / e2e["seconds"]:0.0}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: <= 10 s {(e2e["seconds"] <= 10 ? "met" : "MISSED")}; peak <= 4 GB {(e2e["peak"] <= 4e9 ? "met" : "MISSED")}; ratio >= 10x {(baseline / e2e["seconds"] >= 10 ? "met" : "MISSED")}"));
        return 0;
    }

    private static int ScalingRun(int max, int seed)
    {
        var rows = new List<(int, Dictionary<string, double>)>();
        foreach (var perSide in new[] { 10_000, 100_000, 1_000_000 }.Where(n => n <= max))
        {
            var people = (int)Math.Round(perSide / (1 - SyntheticLists.OneSidedShare));
            using var folder = BenchOptions.NewFolder();
            WriteLists(folder, people, seed);
            rows.Add((people, EndToEnd.InChild(folder.File("left.csv"), folder.File("right.csv"), folder.File("out"))));
        }
        PrintEndToEnd(rows);
        return 0;
    }

    private static (string Left, string Right, int LeftCount, int RightCount) WriteLists(TempFolder folder, int people, int seed)
    {
        var data = SyntheticLists.Generate(people, seed);
        Parley.Import.ListWriter.WriteCsv(folder.File("left.csv"), data.Left);
        Parley.Import.ListWriter.WriteCsv(folder.File("right.csv"), data.Right);
        return (folder.File("left.csv"), folder.File("right.csv"), data.Left.Count, data.Right.Count);
    }

    private static void PrintEndToEnd(IReadOnlyList<(int People, Dictionary<string, double> E2E)> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"{"people",10} {"left",10} {"right",10} {"candidates",12} {"import s",9} {"match s",9} {"write s",9} {"total s",9} {"CPU s",7} {"peak MB",9} {"match",9} {"review",8}");
        foreach ((var people, var e) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{people,10:N0} {e["left"],10:N0} {e["right"],10:N0} {e["candidates"],12:N0} {e["import"],9:0.00} {e["reconcile"],9:0.00} {e["write"],9:0.00} {e["seconds"],9:0.00} {e["cpu"],7:0.0} {e["peak"] / 1048576,9:N0} {e["match"],9:N0} {e["review"],8:N0}"));
        }
    }

    private static void ShowMisses(SyntheticDataset data, ReconciliationResult result, string cls)
    {
        var leftById = result.Left.ToDictionary(r => r.Source.Id);
        var rightById = result.Right.ToDictionary(r => r.Source.Id);
        var pairByLeft = result.Pairs.ToDictionary(p => p.Left);
        var shown = 0;
        foreach (var t in data.Truth.Where(t => t.DifficultyClass == cls))
        {
            var l = leftById[t.LeftId];
            var r = rightById[t.RightId];
            if (pairByLeft.TryGetValue(l.Index, out var got) && got.Right == r.Index && got.Decision == Decision.Match)
            {
                continue;
            }
            var v = Parley.Matching.Scoring.Comparer.Compare(l, r);
            var w = result.Weights.Total(v) + result.Frequencies.Adjustment(l, r, v, result.Weights);
            Console.WriteLine($"MISS {t.LeftId}->{t.RightId} w={w:0.0} got={(pairByLeft.TryGetValue(l.Index, out var g) ? $"{result.Right[g.Right].Source.Id} {g.Decision} {g.Weight:0.0}" : "-")}");
            Console.WriteLine($"   L: {l.Source}");
            Console.WriteLine($"   R: {r.Source}");
            Console.WriteLine($"   read L: [{l.SurnameText}|{l.GivenText}|{l.PatronymicText}]  R: [{r.SurnameText}|{r.GivenText}|{r.PatronymicText}]  {v}");
            foreach (var other in result.Right.Where(o => o != r))
            {
                var ov = Parley.Matching.Scoring.Comparer.Compare(l, other);
                var ow = result.Weights.Total(ov) + result.Frequencies.Adjustment(l, other, ov, result.Weights);
                if (ow > w - 4)
                {
                    Console.WriteLine($"   rival R {other.Source.Id} w={ow:0.0} [{other.SurnameText}|{other.GivenText}|{other.PatronymicText}] {other.Source.DateOfBirth} {ov}");
                }
            }
            foreach (var other in result.Left.Where(o => o != l))
            {
                var ov = Parley.Matching.Scoring.Comparer.Compare(other, r);
                var ow = result.Weights.Total(ov) + result.Frequencies.Adjustment(other, r, ov, result.Weights);
                if (ow > w - 4)
                {
                    Console.WriteLine($"   rival L {other.Source.Id} w={ow:0.0} [{other.SurnameText}|{other.GivenText}|{other.PatronymicText}] {other.Source.DateOfBirth} {ov}");
                }
            }
            if (++shown >= 12)
            {
                break;
            }
        }
        foreach (var f in Enum.GetValues<Parley.Matching.Scoring.Field>())
        {
            var levels = Parley.Matching.Scoring.ComparisonLevels.Of(f);
            Console.WriteLine($"{f}: " + string.Join("; ", levels.Skip(1).Select(x => $"{x.Name} m={result.Weights.M(f, x.Index):0.0000} u={result.Weights.U(f, x.Index):0.000000} w={result.Weights.Weight(f, x.Index):0.0}")));
        }
        Console.WriteLine($"prior {result.Weights.PriorWeight:0.0}");
    }

    private static void Print(string title, IReadOnlyList<Accuracy> rows, IReadOnlyList<Accuracy>? review = null)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine($"{"class",-16} {"truth",7} {"match",7} {"correct",8} {"precision",10} {"recall",8} {"F1",7} {"review",7} {"rev ok",7}");
        for (var i = 0; i < rows.Count; i++)
        {
            var a = rows[i];
            var r = review?[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{a.Class,-16} {a.Truth,7} {a.Predicted,7} {a.Correct,8} {a.Precision,10:0.0000} {a.Recall,8:0.0000} {a.F1,7:0.0000} {r?.Predicted,7} {r?.Correct,7}"));
        }
    }
}
