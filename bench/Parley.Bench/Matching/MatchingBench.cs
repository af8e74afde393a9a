using System.Diagnostics;
using System.Globalization;
using Parley.Demo.Synthetic;
using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>
/// Reconciliation benchmarks on `parley synth`'s lists and the evaluation generator's (bench/Parley.Evaluation). Usage:
/// <c>matching accuracy [--generator synth|eval|both|tune] [--people 10000] [--seed 7] [--seeds 5|7,8,9 [--all-classes]]</c>
/// (<c>tune</c>: <see cref="TuningLists"/>) — precision, recall and F1 per difficulty class, Parley beside the Lucene.Net
/// baseline; with <c>--seeds</c>, the first seed's figures as without it, then each seed's headline and the class table
/// pooled over the seeds (<see cref="SeedPool"/>); <c>matching speed [--people 117647]</c> — end to end (import, reconcile, report)
/// on about 100,000 records a side, in a fresh process for its peak working set, and the Lucene baseline's time;
/// <c>matching scaling [--max 1000000]</c> — end to end at 10k, 100k and 1M records a side; <c>matching figures</c> —
/// issue 10's closing figures on each generator (<see cref="FiguresRun"/>).
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
            "accuracy" => AccuracyRun(args, people, seed),
            "speed" => SpeedRun(args, BenchOptions.Int(args, "--people", 117_647), seed),
            "scaling" => ScalingRun(args, BenchOptions.Int(args, "--max", 1_000_000), seed),
            "e2e" => EndToEnd.Run(args[1], args[2], args[3]),
            "score" => ScoreRun(args),
            "figures" => FiguresRun.Run(args, seed),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Parley.Bench matching accuracy|speed|scaling|figures|score [--people N] [--seed S] [--seeds N|S,S,…]");
        return 2;
    }

    private static int AccuracyRun(string[] args, int people, int seed)
    {
        var generator = Option(args, "--generator") ?? "synth";
        using var folder = BenchOptions.NewFolder();
        if (Option(args, "--lists") is { } lists)
        {
            Evaluate(LinkageData.FromFolder(lists, Option(args, "--generator") ?? Path.GetFullPath(lists), Option(args, "--commit") ?? "unknown"), people, seed, args);
            return 0;
        }
        var seeds = SeedPool.Seeds(args, seed);
        // The first seed's lists are made before any is scored, as before --seeds (both: synth's, then eval's).
        var first = new List<(string Name, LinkageData Data)>();
        foreach (var name in new[] { "synth", "tune", "eval" }.Where(g => g == generator || (generator == "both" && g != "tune")))
        {
            first.Add((name, AccuracyLists(name, people, seeds[0], folder.File($"{name}-{seeds[0]}"))));
        }
        foreach ((var name, var data) in first)
        {
            var pool = new SeedPool();
            pool.Add(seeds[0], Evaluate(data, people, seeds[0], args));
            foreach (var other in seeds.Skip(1))
            {
                Console.Error.WriteLine($"accuracy: {name}, seed {other}…");
                var more = AccuracyLists(name, people, other, folder.File($"{name}-{other}"));
                var result = Reconciler.Reconcile(more.Left, more.Right, AccuracyOptions());
                pool.Add(other, Scorecard.Of(more, result, BlockingProbe.Of(result)));
            }
            if (seeds.Count > 1)
            {
                pool.Print(Console.Out, data.Generator, people, args.Contains("--all-classes"));
            }
        }
        return 0;
    }

    private static LinkageData AccuracyLists(string generator, int people, int seed, string folder) => generator switch
    {
        "tune" => TuningLists.Generate(people, seed),
        "eval" => LinkageData.Evaluation(people, seed, folder),
        _ => LinkageData.Synth(people, seed),
    };

    /// <summary>The default options, with the thresholds and margin the PARLEY_MATCH_THRESHOLD, PARLEY_REVIEW_THRESHOLD and PARLEY_MARGIN_BITS variables set for experiments.</summary>
    private static ReconcileOptions AccuracyOptions()
    {
        var options = ReconcileOptions.Default;
        if (Environment.GetEnvironmentVariable("PARLEY_MATCH_THRESHOLD") is { } t)
        {
            options = options with { Thresholds = new Thresholds(double.Parse(t, CultureInfo.InvariantCulture), options.Thresholds.Review, options.Thresholds.AmbiguityMarginBits) };
        }
        if (Environment.GetEnvironmentVariable("PARLEY_REVIEW_THRESHOLD") is { } rt)
        {
            options = options with { Thresholds = new Thresholds(options.Thresholds.Match, double.Parse(rt, CultureInfo.InvariantCulture), options.Thresholds.AmbiguityMarginBits) };
        }
        if (Environment.GetEnvironmentVariable("PARLEY_MARGIN_BITS") is { } mb)
        {
            options = options with { Thresholds = new Thresholds(options.Thresholds.Match, options.Thresholds.Review, double.Parse(mb, CultureInfo.InvariantCulture)) };
        }
        return options;
    }

    private static Scorecard Evaluate(LinkageData data, int people, int seed, string[] args)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"=== {data.Generator} at commit {data.Commit}: {people:N0} people (seed {seed}): {data.Left.Count:N0} left, {data.Right.Count:N0} right, {data.Truth.Count:N0} true pairs"));
        var clock = Stopwatch.StartNew();
        var options = AccuracyOptions();
        var result = Reconciler.Reconcile(data.Left, data.Right, options);
        var parley = clock.Elapsed;
        var card = Scorecard.Of(data, result, BlockingProbe.Of(result));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Parley: {parley.TotalSeconds:0.00} s; {card.CandidatePairs:N0} candidate pairs ({card.CandidatePairs / (double)Math.Max(1, data.Left.Count):0.00} per left record); {card.Matches:N0} match, {card.Reviews:N0} review; prior weight {result.Weights.PriorWeight:0.00} (λ {result.Weights.PriorMatchProbability:E2}; true {(double)data.Truth.Count / data.Left.Count / data.Right.Count:E2})"));
        Console.WriteLine();
        PrintSummary(card);
        Console.WriteLine("review queue by reason:");
        ReliabilityTable.PrintReviewReasons(Console.Out, data, result);
        foreach (var warning in result.Warnings)
        {
            Console.WriteLine("note: " + warning);
        }
        Console.WriteLine();
        Console.WriteLine("Recall per error class (alone, and in pairs), worst first");
        PrintClasses(card);
        Console.WriteLine();
        Console.WriteLine("Reliability: pairs put out (match or review) by predicted match probability, against the truth");
        ReliabilityTable.Print(Console.Out, data, result);
        if (args.Contains("--parameters"))
        {
            Console.WriteLine();
            Console.WriteLine("m and u: estimated from the lists alone, against the truth");
            ParameterCheck.Print(Console.Out, data, result);
        }
        var classesMet = card.Classes.Where(c => c.Size is 1 or 2 && c.Truth > 0).All(c => (double)c.Found / c.Truth >= 0.95);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bars ({data.Generator} {data.Commit}): match precision >= 0.995 {Met(card.MatchPrecision >= 0.995)} ({card.MatchPrecision:0.0000}); match F1 >= 0.97 {Met(card.MatchF1 >= 0.97)} ({card.MatchF1:0.0000}); "
            + $"found recall >= 0.985 {Met(card.FoundRecall >= 0.985)} ({card.FoundRecall:0.0000}); blocking recall >= 0.995 {Met(card.BlockingRecall >= 0.995)} ({card.BlockingRecall:0.0000}); "
            + $"review items <= 5% {Met(card.ReviewItemShare <= 0.05)} ({card.ReviewItemShare:P2}; as pairs {card.ReviewShare:P2}); every class alone and in pairs >= 0.95 {Met(classesMet)}"));
        if (args.Contains("--lucene"))
        {
            clock.Restart();
            IReadOnlyList<(string, string)> lucene = LuceneBaseline.Match(data.Left, data.Right);
            var baseline = clock.Elapsed;
            var truth = data.Truth.Select(x => (x.LeftId, x.RightId)).ToHashSet();
            var correct = lucene.Count(truth.Contains);
            double p = (double)correct / Math.Max(1, lucene.Count), r = (double)correct / Math.Max(1, truth.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Lucene.Net baseline: {baseline.TotalSeconds:0.00} s; {lucene.Count:N0} match; precision {p:0.0000} recall {r:0.0000} F1 {2 * p * r / Math.Max(1e-9, p + r):0.0000} (Parley match F1 {card.MatchF1:0.0000}, {baseline.TotalSeconds / parley.TotalSeconds:0.0}x the time)"));
        }
        if (args.Contains("--operating-points"))
        {
            PrintOperatingPoints(data);
        }
        if (Environment.GetEnvironmentVariable("PARLEY_BENCH_FALSE") is not null)
        {
            ShowFalseMatches(data, result);
        }
        if (Environment.GetEnvironmentVariable("PARLEY_BENCH_REVIEW") is not null)
        {
            ShowReviewKinds(data, result);
        }
        if (Environment.GetEnvironmentVariable("PARLEY_BENCH_MISSES") is { } missClass)
        {
            ShowMisses(data, result, missClass);
        }
        return card;
    }

    /// <summary>
    /// <c>matching score --lists DIR --matches FILE</c>: scores another engine's matches.csv (left_id,right_id,score,decision)
    /// against a generated folder's truth — how the figures of the engine before a change are taken on lists it never saw.
    /// </summary>
    private static int ScoreRun(string[] args)
    {
        var folder = Option(args, "--lists") ?? throw new ArgumentException("score needs --lists DIR");
        var file = Option(args, "--matches") ?? throw new ArgumentException("score needs --matches FILE");
        var data = LinkageData.FromFolder(folder, Option(args, "--generator") ?? folder, Option(args, "--commit") ?? "unknown");
        var pairs = ReadMatches(file);
        var card = Scorecard.Of(data, pairs);
        Console.WriteLine($"=== {file} against {data.Generator} at commit {data.Commit}: {data.Truth.Count:N0} true pairs");
        PrintSummary(card);
        Console.WriteLine("(blocking recall here is the share of true pairs put out at all, match or review)");
        Console.WriteLine();
        PrintClasses(card);
        return 0;
    }

    private static void PrintSummary(Scorecard card)
    {
        Console.WriteLine($"{"",-34} {"precision",10} {"recall",8} {"F1",8}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"match decisions",-34} {card.MatchPrecision,10:0.0000} {card.MatchRecall,8:0.0000} {card.MatchF1,8:0.0000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"match or review counted as found",-34} {card.FoundPrecision,10:0.0000} {card.FoundRecall,8:0.0000} {card.FoundF1,8:0.0000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"blocking recall {card.BlockingRecall:0.0000} ({card.TruePairs - card.Blocked:N0} true pairs never candidates); review queue {card.ReviewItemCount:N0} items = {card.ReviewItemShare:P2} of the true pairs ({card.ReviewItemsWithTrue:N0} holding a true pair); as pairs {card.Reviews:N0} = {card.ReviewShare:P2} ({card.ReviewsTrue:N0} of them true)"));
        var sizes = card.Classes.Where(c => c.Size is 1 or 2 && c.Truth >= 10).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"classes alone and in pairs: {sizes.Count(c => (double)c.Found / c.Truth >= 0.95)} of {sizes.Count} at found recall >= 0.95; worst {string.Join(", ", sizes.Take(5).Select(c => $"{c.Name} {(double)c.Found / c.Truth:0.000}"))}"));
    }

    private static string Met(bool met) => met ? "met" : "MISSED";

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>
    /// Every row below 0.95, and the worst rows up to <paramref name="atLeast"/>, with the row's size, the Wilson 95 %
    /// interval of its found recall and why its misses were missed; then how many rows there are, and how many of those
    /// below 0.95 are below it beyond their sampling error (the interval's top under 0.95).
    /// </summary>
    private static void PrintClasses(Scorecard card, int atLeast = 12)
    {
        Console.WriteLine($"{"classes (a class alone; two classes: every pair carrying both)",-64} {"pairs",6} {"blocked",8} {"match",8} {"found",8} {"95 % interval",15} {"missed: never cand.",20} {"below review",13} {"to another",11}");
        var shown = 0;
        foreach (var c in card.Classes)
        {
            var below = c.Size > 0 && c.Recall < 0.95;
            if (!below && shown >= atLeast)
            {
                break;
            }
            shown++;
            (var low, var high) = c.Interval;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Name,-64} {c.Truth,6} {(double)c.Blocked / c.Truth,8:0.0000} {(double)c.Matched / c.Truth,8:0.0000} {c.Recall,8:0.0000} {$"{low:0.000}–{high:0.000}",15} {c.MissedNeverCandidate,20} {c.MissedBelowReview,13} {c.MissedToAnother,11}{(below ? "  < 0.95" : "")}"));
        }
        var rows = card.Classes.Where(c => c.Size > 0).ToList();
        var belowRows = rows.Where(c => c.Recall < 0.95).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"... {card.Classes.Count(c => c.Size == 1)} classes alone and {card.Classes.Count(c => c.Size == 2)} pairs of classes in all (rows of {rows.Min(c => c.Truth)} to {rows.Max(c => c.Truth)} pairs, median {rows.Select(c => c.Truth).Order().ElementAt(rows.Count / 2)}); "
            + $"{belowRows.Count} below 0.95, {belowRows.Count(c => c.Interval.High < 0.95)} of them beyond sampling error (95 % interval wholly below 0.95); "
            + $"{rows.Count(c => c.Recall >= 0.95 && c.Interval.Low < 0.95)} rows at or above 0.95 whose interval still reaches below it; misses in the rows below: "
            + $"{belowRows.Sum(c => c.MissedNeverCandidate)} never candidates, {belowRows.Sum(c => c.MissedBelowReview)} below review, {belowRows.Sum(c => c.MissedToAnother)} lost to another record (a true pair counts in every row it belongs to)"));
        var belowNames = belowRows.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var distinct = card.Missed.Where(m => RowsOf(m.Link).Any(belowNames.Contains)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"... distinct true pairs missed in those rows: {distinct.Count} ({string.Join(", ", distinct.GroupBy(m => m.Cause).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}); all true pairs missed: {card.Missed.Count} ({string.Join(", ", card.Missed.GroupBy(m => m.Cause).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))})"));
    }

    /// <summary>The class rows a true pair counts in: its class alone (or clean) when it has at most one, and every pair of its classes.</summary>
    private static IEnumerable<string> RowsOf(TrueLink link)
    {
        if (link.Classes.Count <= 1)
        {
            yield return link.ClassKey;
        }
        for (var i = 0; i < link.Classes.Count; i++)
        {
            for (var j = i + 1; j < link.Classes.Count; j++)
            {
                yield return link.Classes[i] + " & " + link.Classes[j];
            }
        }
    }

    /// <summary>The same lists at other match thresholds: the precision–recall trade-off the --match option chooses.</summary>
    private static void PrintOperatingPoints(LinkageData data)
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
            var card = Scorecard.Of(data, result, (_, _) => true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{threshold,8:0.###} {card.Matches,7} {card.MatchPrecision,10:0.0000} {card.MatchRecall,8:0.0000} {card.MatchF1,7:0.0000}"));
        }
    }

    /// <summary>
    /// End to end at about 100,000 records a side on each generator, in a fresh process for its peak working set, with
    /// the Lucene.Net baseline's time (index, and queries extrapolated from a sample) and both F1s, in the same run.
    /// </summary>
    private static int SpeedRun(string[] args, int people, int seed)
    {
        var queries = BenchOptions.Int(args, "--lucene-queries", 5_000);
        foreach (var generator in Generators(args))
        {
            using var folder = BenchOptions.NewFolder();
            var data = Lists(generator, folder, people, seed);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Speed on {data.Generator} at commit {data.Commit}: {people:N0} people: {data.Left.Count:N0} left, {data.Right.Count:N0} right records; {Environment.ProcessorCount} cores; load average {LoadAverage()}"));
            var e2e = EndToEnd.InChild(folder.File("left.csv"), folder.File("right.csv"), folder.File("out"));
            PrintEndToEnd([(people, e2e)]);
            var parley = Scorecard.Of(data, ReadMatches(folder.File("out/matches.csv")));
            var sample = Math.Min(data.Left.Count, queries);
            var lucene = LuceneBaseline.Match(data.Left, data.Right, sample, out var index, out var query);
            var baseline = index + (query * data.Left.Count / sample);
            // Lucene's F1 on the records it queried: its recall against the true pairs of those records.
            var queried = data.Left.Take(sample).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var sampled = data with { Truth = [.. data.Truth.Where(t => queried.Contains(t.LeftId))] };
            var theirs = Scorecard.Of(sampled, [.. lucene.Select(p => (p.Left, p.Right, Decision.Match))]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Parley: match precision {parley.MatchPrecision:0.0000} recall {parley.MatchRecall:0.0000} F1 {parley.MatchF1:0.0000}; found recall {parley.FoundRecall:0.0000}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Lucene.Net baseline on the same lists (in memory; no import or report): preparing and indexing {data.Right.Count:N0} records {index:0.0} s; "
                + $"{sample:N0} queries {query:0.0} s ({query / sample * 1000:0.00} ms each); all {data.Left.Count:N0} queries: {(sample == data.Left.Count ? "measured" : "extrapolated")} {baseline:0.0} s; "
                + $"F1 {theirs.MatchF1:0.0000} (precision {theirs.MatchPrecision:0.0000}, recall {theirs.MatchRecall:0.0000} on the queried records); ratio {baseline / e2e["seconds"]:0.0}x"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bars ({data.Generator} {data.Commit}): <= 10 s {Met(e2e["seconds"] <= 10)} ({e2e["seconds"]:0.00} s, CPU {e2e["cpu"]:0.0} s); peak <= 4 GB {Met(e2e["peak"] <= 4e9)} ({e2e["peak"] / 1e9:0.00} GB); "
                + $">= 10x Lucene {Met(baseline / e2e["seconds"] >= 10)} ({baseline / e2e["seconds"]:0.0}x) at equal or better F1 {Met(parley.MatchF1 >= theirs.MatchF1)}"));
        }
        return 0;
    }

    private static int ScalingRun(string[] args, int max, int seed)
    {
        foreach (var generator in Generators(args))
        {
            var rows = new List<(int, Dictionary<string, double>)>();
            string? label = null;
            foreach (var perSide in new[] { 10_000, 100_000, 1_000_000 }.Where(n => n <= max))
            {
                var people = (int)Math.Round(perSide / (1 - SyntheticLists.OneSidedShare));
                using var folder = BenchOptions.NewFolder();
                var data = Lists(generator, folder, people, seed);
                label = $"{data.Generator} at commit {data.Commit}";
                rows.Add((people, EndToEnd.InChild(folder.File("left.csv"), folder.File("right.csv"), folder.File("out"))));
            }
            Console.WriteLine();
            Console.WriteLine($"Scaling on {label}; load average {LoadAverage()}");
            PrintEndToEnd(rows);
        }
        return 0;
    }

    internal static IEnumerable<string> Generators(string[] args) => (Option(args, "--generator") ?? "both") switch
    {
        "both" => ["synth", "eval"],
        var one => [one],
    };

    /// <summary>The generator's lists written to (or by it into) <paramref name="folder"/>: left.csv, right.csv and truth.csv.</summary>
    internal static LinkageData Lists(string generator, TempFolder folder, int people, int seed)
    {
        if (generator == "eval")
        {
            return LinkageData.Evaluation(people, seed, folder.Path);
        }
        var synth = LinkageData.Synth(people, seed);
        Parley.Import.ListWriter.WriteCsv(folder.File("left.csv"), synth.Left);
        Parley.Import.ListWriter.WriteCsv(folder.File("right.csv"), synth.Right);
        return synth;
    }

    private static List<(string, string, Decision)> ReadMatches(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(c => (c[0], c[1], c[3] == "match" ? Decision.Match : Decision.Review))];

    /// <summary>The machine's one-minute load average (the figures are shared with other work), or "unknown".</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
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

    /// <summary>For tuning by hand (PARLEY_BENCH_FALSE): the pairs decided match that the truth does not hold.</summary>
    private static void ShowFalseMatches(LinkageData data, ReconciliationResult result)
    {
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        var trueRight = data.Truth.GroupBy(t => t.LeftId).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(t => t.RightId)));
        var leftById = result.Left.ToDictionary(r => r.Source.Id);
        var rightById = result.Right.ToDictionary(r => r.Source.Id);
        var pairByLeft = result.Pairs.GroupBy(p => p.Left).ToDictionary(g => g.Key, g => g.First());
        var pairByRight = result.Pairs.GroupBy(p => p.Right).ToDictionary(g => g.Key, g => g.First());
        var byVector = result.Pairs.Where(p => p.Decision == Decision.Match)
            .GroupBy(p => p.Vector.Packed)
            .ToDictionary(g => g.Key, g => (True: g.Count(p => truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id))), All: g.Count()));
        var sameAsTrue = 0;
        foreach (var p in result.Pairs.Where(p => p.Decision == Decision.Match))
        {
            if (!truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)) && byVector[p.Vector.Packed].True > 0)
            {
                sameAsTrue++;
            }
        }
        Console.WriteLine($"FALSE MATCHES whose levels (all eight fields) some true match also shows: {sameAsTrue}");
        var matchWeights = result.Pairs.Where(p => p.Decision == Decision.Match).GroupBy(p => p.Vector.Packed).ToDictionary(g => g.Key, g => g.Select(p => p.Weight - p.UncontestedBits).Order().ToArray());
        foreach (var p in result.Pairs.Where(p => p.Decision == Decision.Match && !truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id))))
        {
            var ws = matchWeights[p.Vector.Packed];
            var below = ws.Count(w => w < p.Weight - p.UncontestedBits);
            Console.WriteLine($"FALSE RANK {below} of {ws.Length} below (w without lift {p.Weight - p.UncontestedBits:0.0}, lift {p.UncontestedBits:0.0}; group min {ws[0]:0.0} median {ws[ws.Length / 2]:0.0}) {p.Vector}");
        }
        foreach (var p in result.Pairs.Where(p => p.Decision == Decision.Match))
        {
            var l = result.Left[p.Left];
            var r = result.Right[p.Right];
            if (truth.Contains((l.Source.Id, r.Source.Id)))
            {
                continue;
            }
            Console.WriteLine($"FALSE w={p.Weight:0.0} (uncontested lift {p.UncontestedBits:0.0}) round {p.Round} (true partner of left: {trueRight.GetValueOrDefault(l.Source.Id, "-")})");
            Console.WriteLine($"   L: {l.Source.Id} [{l.SurnameText}|{l.GivenText}|{l.PatronymicText}] {l.Source.DateOfBirth} {l.Source.ServiceNumber} {l.Source.Birthplace} rank={l.Source.Rank}");
            Console.WriteLine($"   R: {r.Source.Id} [{r.SurnameText}|{r.GivenText}|{r.PatronymicText}] {r.Source.DateOfBirth} {r.Source.ServiceNumber} {r.Source.Birthplace} rank={r.Source.Rank}");
            Console.WriteLine($"   {p.Vector} (matches with these levels: {byVector[p.Vector.Packed].True} true of {byVector[p.Vector.Packed].All})");
            Console.WriteLine("   " + string.Join("; ", Parley.Matching.Reconciliation.Evidence.Of(l, r, p.Vector, result.Weights, result.Frequencies).Where(e => !e.Level.IsMissing).Select(e => $"{e.Field} {e.Level.Name} {e.Weight:+0.0;-0.0}")));
            foreach (var partner in data.Truth.Where(t => t.RightId == r.Source.Id))
            {
                var pl = leftById[partner.LeftId];
                var v = Parley.Matching.Scoring.Comparer.Compare(pl, r);
                var w = result.Weights.Total(v) + result.Frequencies.Adjustment(pl, r, v, result.Weights);
                Console.WriteLine($"   true partner of right {pl.Source.Id} [{pl.SurnameText}|{pl.GivenText}|{pl.PatronymicText}] {pl.Source.DateOfBirth} {pl.Source.ServiceNumber} {pl.Source.Birthplace} w={w:0.0} got={(pairByLeft.TryGetValue(pl.Index, out var g) ? $"{result.Right[g.Right].Source.Id} {g.Decision} {g.Weight:0.0}" : "-")} ({partner.ClassKey})");
            }
            foreach (var partner in data.Truth.Where(t => t.LeftId == l.Source.Id))
            {
                var pr = rightById[partner.RightId];
                var v = Parley.Matching.Scoring.Comparer.Compare(l, pr);
                var w = result.Weights.Total(v) + result.Frequencies.Adjustment(l, pr, v, result.Weights);
                Console.WriteLine($"   true partner of left {pr.Source.Id} [{pr.SurnameText}|{pr.GivenText}|{pr.PatronymicText}] {pr.Source.DateOfBirth} {pr.Source.ServiceNumber} {pr.Source.Birthplace} w={w:0.0} got={(pairByRight.TryGetValue(pr.Index, out var g) ? $"{result.Left[g.Left].Source.Id} {g.Decision} {g.Weight:0.0}" : "-")} ({partner.ClassKey}) {v}");
            }
        }
    }

    /// <summary>For tuning by hand (PARLEY_BENCH_REVIEW=1): the review queue and the false matches counted by why held, truth, and the pair's date and patronymic levels.</summary>
    private static void ShowReviewKinds(LinkageData data, ReconciliationResult result)
    {
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        var rows = result.Pairs
            .Where(p => p.Decision == Decision.Review || (p.Decision == Decision.Match && !truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id))))
            .Select(p =>
            {
                var fields = p.Vector.ToString()!.Split(' ');
                string Level(string f) => fields.FirstOrDefault(x => x.StartsWith(f + "=", StringComparison.Ordinal))?[(f.Length + 1)..] ?? "?";
                var isTrue = truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id));
                var band = Parley.Matching.Scoring.MatchWeights.Probability(p.Weight) switch { < 0.2 => "p<0.2", < 0.5 => "p<0.5", < 0.9 => "p<0.9", _ => "p>=0.9" };
                return $"{p.Decision,-6} {p.Hold,-12} {(isTrue ? "true " : "false")} {band,-6} dob={Level("DateOfBirth"),-10} patronymic={Level("Patronymic")}";
            });
        foreach (var g in rows.GroupBy(x => x).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"KIND {g.Count(),4}  {g.Key}");
        }
        PrintReviewGroups(data, result);
    }

    /// <summary>
    /// For sizing a review queue of one item per contested record (PARLEY_BENCH_REVIEW=1; not a bar reading): the review
    /// pairs joined into groups by a shared record, how many groups hold a true pair, and how large they are.
    /// </summary>
    private static void PrintReviewGroups(LinkageData data, ReconciliationResult result)
    {
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        var groups = ReviewItems.Of(result).Select(i => i.Pairs).ToList();
        var withTrue = groups.Count(g => g.Any(p => truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"REVIEW GROUPS {groups.Count:N0} groups of review pairs joined by a shared record ({(double)groups.Count / Math.Max(1, data.Truth.Count):P2} of the true pairs), {withTrue:N0} holding a true pair; sizes {string.Join(", ", groups.GroupBy(g => g.Count).OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Count()}"))}"));
    }

    /// <summary>For tuning by hand (PARLEY_BENCH_MISSES=text): true pairs whose classes contain the text that were not matched (with PARLEY_BENCH_LOST, not found), with what blocking and scoring made of them.</summary>
    private static void ShowMisses(LinkageData data, ReconciliationResult result, string cls)
    {
        var leftById = result.Left.ToDictionary(r => r.Source.Id);
        var rightById = result.Right.ToDictionary(r => r.Source.Id);
        var pairByLeft = result.Pairs.GroupBy(p => p.Left).ToDictionary(g => g.Key, g => g.First());
        var pairByRight = result.Pairs.GroupBy(p => p.Right).ToDictionary(g => g.Key, g => g.First());
        var decided = result.Pairs.ToDictionary(p => (p.Left, p.Right), p => p.Decision);
        var isCandidate = BlockingProbe.Of(result);
        var shown = 0;
        var lostOnly = Environment.GetEnvironmentVariable("PARLEY_BENCH_LOST") is not null;
        Parley.Matching.Blocking.SpellingNeighbours? nb = null;
        foreach (var t in data.Truth.Where(t => t.ClassKey.Contains(cls, StringComparison.Ordinal)))
        {
            var l = leftById[t.LeftId];
            var r = rightById[t.RightId];
            // PARLEY_BENCH_LOST: only the pairs not found at all (neither match nor review).
            if (decided.GetValueOrDefault((l.Index, r.Index)) is Decision.Match || (lostOnly && decided.GetValueOrDefault((l.Index, r.Index)) is Decision.Review))
            {
                continue;
            }
            var v = Parley.Matching.Scoring.Comparer.Compare(l, r);
            var w = result.Weights.Total(v) + result.Frequencies.Adjustment(l, r, v, result.Weights);
            Console.WriteLine($"MISS {t.ClassKey} {(isCandidate(l.Index, r.Index) ? "blocked" : "NOT A CANDIDATE")} w={w:0.0} got={(pairByLeft.TryGetValue(l.Index, out var g) ? $"{result.Right[g.Right].Source.Id} {g.Decision} {g.Weight:0.0}" : "-")} rgot={(pairByRight.TryGetValue(r.Index, out var h) ? $"{result.Left[h.Left].Source.Id} {h.Decision} {h.Weight:0.0}" : "-")}");
            Console.WriteLine($"   L: {l.Source.Id} [{l.SurnameText}|{l.GivenText}|{l.PatronymicText}] {l.Source.DateOfBirth} {l.Source.ServiceNumber}");
            Console.WriteLine($"   R: {r.Source.Id} [{r.SurnameText}|{r.GivenText}|{r.PatronymicText}] {r.Source.DateOfBirth} {r.Source.ServiceNumber} (full name '{r.Source.FullName}')");
            Console.WriteLine($"   {v}");
            if (Environment.GetEnvironmentVariable("PARLEY_BENCH_KEYS") is not null)
            {
                var lk = Parley.Matching.Blocking.BlockingKeys.Of(l);
                var rk = Parley.Matching.Blocking.BlockingKeys.Of(r).Select(k => k.Key).ToHashSet();
                nb ??= new Parley.Matching.Blocking.SpellingNeighbours(result.Left, result.Right);
                foreach (var name in new[] { r.Source.Surname, r.Source.Given, l.Source.Surname, l.Source.Given })
                {
                    foreach (var key in name is null ? [] : Parley.Matching.Names.NameKey.PhoneticVariants(name))
                    {
                        Console.WriteLine($"   {key}: {nb.CountOf(key)} records; near {string.Join(',', nb.Of(key).Take(8))}");
                    }
                }
                Console.WriteLine($"   own keys L {lk.Count} R {rk.Count} shared {string.Join(',', lk.Where(k => rk.Contains(k.Key)).Select(k => k.Rule))}");
                static string Keys(string? name) => name is null ? "-" : string.Join('/', Parley.Matching.Names.NameKey.PhoneticVariants(name));
                Console.WriteLine($"   keys L {Keys(l.Source.Surname)} {Keys(l.Source.Given)}  R {Keys(r.Source.Surname)} {Keys(r.Source.Given)}");
            }
            Console.WriteLine("   " + string.Join("; ", Parley.Matching.Reconciliation.Evidence.Of(l, r, v, result.Weights, result.Frequencies).Where(e => !e.Level.IsMissing).Select(e => $"{e.Field} {e.Level.Name} {e.Weight:+0.0;-0.0}")) + $"; prior {result.Weights.PriorWeight:0.0}");
            if (++shown >= (int.TryParse(Environment.GetEnvironmentVariable("PARLEY_BENCH_MISSES_MAX"), out var most) ? most : 25))
            {
                break;
            }
        }
    }
}
