using System.Diagnostics;
using System.Globalization;
using Parley.Cli.Reconcile.Report;
using Parley.Import;
using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>
/// What `parley reconcile` does, timed step by step: import both files, reconcile, write matches.csv,
/// unmatched-left.csv, unmatched-right.csv and report.html. Run in a fresh process by the speed benchmark so the
/// peak working set is the reconciliation's alone. Prints one machine-readable line: <c>E2E seconds=… peak=… …</c>.
/// </summary>
internal static class EndToEnd
{
    /// <summary>
    /// The import's limits with room for the million-record lists of <c>matching scaling</c> (about 150 MB and a million
    /// rows a side, past the 64 MB and one million rows an uploaded list may have); every other limit as for a user.
    /// </summary>
    internal static readonly ImportLimits ScalingLimits = ImportLimits.Default with { MaxFileBytes = 1L << 30, MaxRows = 4_000_000 };

    public static int Run(string left, string right, string outDir)
    {
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        var l = ListReader.Read(left, limits: ScalingLimits);
        var r = ListReader.Read(right, limits: ScalingLimits);
        var import = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var stages = new List<(string Stage, double At, double Cpu)>();
        var stageClock = Stopwatch.StartNew();
        var result = Reconciler.Reconcile(l.Records, r.Records, progress: new StageTimer(stages, stageClock));
        if (Environment.GetEnvironmentVariable("PARLEY_BENCH_STAGES") is not null)
        {
            Console.Error.WriteLine(string.Join("; ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} from {s.At:0.00} s (CPU {s.Cpu:0.00} s)"))));
        }
        var reconcile = clock.Elapsed.TotalSeconds;
        clock.Restart();
        Directory.CreateDirectory(outDir);
        ListWriter.WriteTable(Path.Combine(outDir, "matches.csv"), ReconciliationTables.MatchesHeader, ReconciliationTables.Matches(result));
        ListWriter.WriteCsv(Path.Combine(outDir, "unmatched-left.csv"), ReconciliationTables.UnmatchedLeft(result));
        ListWriter.WriteCsv(Path.Combine(outDir, "unmatched-right.csv"), ReconciliationTables.UnmatchedRight(result));
        using (var html = new StreamWriter(Path.Combine(outDir, "report.html")))
        {
            HtmlReport.Write(html, result, Path.GetFileName(left), Path.GetFileName(right));
        }
        var write = clock.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"E2E seconds={total.Elapsed.TotalSeconds:0.000} import={import:0.000} reconcile={reconcile:0.000} write={write:0.000} peak={peak} cpu={cpu:0.000} candidates={result.CandidatePairs} match={result.Count(Decision.Match)} review={result.Count(Decision.Review)} left={l.Records.Count} right={r.Records.Count}"));
        return 0;
    }

    /// <summary>Notes when each stage first reports, and the process's CPU time then (a truer measure on a shared machine).</summary>
    private sealed class StageTimer(List<(string Stage, double At, double Cpu)> stages, Stopwatch clock) : IProgress<ReconcileProgress>
    {
        public void Report(ReconcileProgress value)
        {
            lock (stages)
            {
                if (!stages.Any(s => s.Stage == value.Stage))
                {
                    stages.Add((value.Stage, clock.Elapsed.TotalSeconds, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
                }
            }
        }
    }

    /// <summary>Runs <see cref="Run"/> in a child process of this benchmark and parses its line.</summary>
    public static Dictionary<string, double> InChild(string left, string right, string outDir)
    {
        var self = typeof(EndToEnd).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath!, [self, "matching", "e2e", left, right, outDir])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(s => s.StartsWith("E2E ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the end-to-end child printed no result (exit {child.ExitCode}): {output}");
        return line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(kv => kv.Split('='))
            .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture));
    }
}
