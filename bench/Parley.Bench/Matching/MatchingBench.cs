using System.Diagnostics;
using System.Globalization;
using Parley.Matching.Reconciliation;
using Parley.Matching.Synthetic;

namespace Parley.Bench.Matching;

/// <summary>
/// Reconciliation benchmarks on `parley synth` data. Usage:
/// <c>matching [accuracy|speed|scaling|all] [--people 10000] [--seed 7]</c>.
/// </summary>
internal static class MatchingBench
{
    public static int Run(string[] args)
    {
        string what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "accuracy";
        int people = BenchOptions.Int(args, "--people", 10_000);
        int seed = BenchOptions.Int(args, "--seed", 7);
        return what switch
        {
            "accuracy" => AccuracyRun(people, seed),
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
        SyntheticDataset data = SyntheticLists.Generate(people, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Accuracy: {people:N0} people (seed {seed}): {data.Left.Count:N0} left, {data.Right.Count:N0} right, {data.Truth.Count:N0} true pairs; generated in {clock.Elapsed.TotalSeconds:0.00} s"));
        clock.Restart();
        var options = ReconcileOptions.Default;
        if (Environment.GetEnvironmentVariable("PARLEY_MATCH_THRESHOLD") is { } t)
        {
            options = options with { Thresholds = new Thresholds(double.Parse(t, CultureInfo.InvariantCulture), Thresholds.Default.Review, Thresholds.Default.AmbiguityMarginBits) };
        }
        ReconciliationResult result = Reconciler.Reconcile(data.Left, data.Right, options);
        TimeSpan parley = clock.Elapsed;
        var matches = result.Pairs.Where(p => p.Decision == Decision.Match).Select(p => (result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)).ToList();
        var reviews = result.Pairs.Where(p => p.Decision == Decision.Review).Select(p => (result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Parley: {parley.TotalSeconds:0.00} s; {result.CandidatePairs:N0} candidate pairs ({(double)result.CandidatePairs / ((double)data.Left.Count * data.Right.Count):P4} of all); {matches.Count:N0} match, {reviews.Count:N0} review"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prior weight {result.Weights.PriorWeight:0.00} (λ {result.Weights.PriorMatchProbability:E2}; true {(double)data.Truth.Count / data.Left.Count / data.Right.Count:E2})"));
        Print("Parley, match decisions", Accuracy.Of(data.Truth, matches), Accuracy.Of(data.Truth, reviews));
        if (Environment.GetEnvironmentVariable("PARLEY_BENCH_MISSES") is { } missClass)
        {
            ShowMisses(data, result, missClass);
        }
        return 0;
    }

    private static void ShowMisses(SyntheticDataset data, ReconciliationResult result, string cls)
    {
        var leftById = result.Left.ToDictionary(r => r.Source.Id);
        var rightById = result.Right.ToDictionary(r => r.Source.Id);
        var pairByLeft = result.Pairs.ToDictionary(p => p.Left);
        int shown = 0;
        foreach (TruthPair t in data.Truth.Where(t => t.DifficultyClass == cls))
        {
            var l = leftById[t.LeftId];
            var r = rightById[t.RightId];
            if (pairByLeft.TryGetValue(l.Index, out var got) && got.Right == r.Index && got.Decision == Decision.Match)
            {
                continue;
            }
            var v = Parley.Matching.Scoring.Comparer.Compare(l, r);
            double w = result.Weights.Total(v) + result.Frequencies.Adjustment(l, r, v, result.Weights);
            Console.WriteLine($"MISS {t.LeftId}->{t.RightId} w={w:0.0} got={(pairByLeft.TryGetValue(l.Index, out var g) ? $"{result.Right[g.Right].Source.Id} {g.Decision} {g.Weight:0.0}" : "-")}");
            Console.WriteLine($"   L: {l.Source}");
            Console.WriteLine($"   R: {r.Source}");
            Console.WriteLine($"   read L: [{l.SurnameText}|{l.GivenText}|{l.PatronymicText}]  R: [{r.SurnameText}|{r.GivenText}|{r.PatronymicText}]  {v}");
            foreach (var other in result.Right.Where(o => o != r))
            {
                var ov = Parley.Matching.Scoring.Comparer.Compare(l, other);
                double ow = result.Weights.Total(ov) + result.Frequencies.Adjustment(l, other, ov, result.Weights);
                if (ow > w - 4)
                {
                    Console.WriteLine($"   rival R {other.Source.Id} w={ow:0.0} [{other.SurnameText}|{other.GivenText}|{other.PatronymicText}] {other.Source.DateOfBirth} {ov}");
                }
            }
            foreach (var other in result.Left.Where(o => o != l))
            {
                var ov = Parley.Matching.Scoring.Comparer.Compare(other, r);
                double ow = result.Weights.Total(ov) + result.Frequencies.Adjustment(other, r, ov, result.Weights);
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
        for (int i = 0; i < rows.Count; i++)
        {
            Accuracy a = rows[i];
            Accuracy? r = review?[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{a.Class,-16} {a.Truth,7} {a.Predicted,7} {a.Correct,8} {a.Precision,10:0.0000} {a.Recall,8:0.0000} {a.F1,7:0.0000} {r?.Predicted,7} {r?.Correct,7}"));
        }
    }
}
