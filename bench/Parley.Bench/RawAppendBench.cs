using System.Diagnostics;
using System.Globalization;
using Parley.Store;

namespace Parley.Bench;

/// <summary>
/// Raw append throughput of the SQLite event log, envelope level (no domain): (a) many concurrent producers through
/// <see cref="GroupCommitWriter{TRequest, TResult}"/>, each waiting for its acknowledgement before sending the next event,
/// against (b) one durable transaction per event. Both run WAL with synchronous=FULL, so every acknowledgement is an fsync'd
/// commit. Usage: <c>RawAppendBench.Run(["--events", "200000", "--baseline", "5000", "--producers", "64"])</c>.
/// </summary>
public static class RawAppendBench
{
    public static int Run(string[] args)
    {
        var events = BenchOptions.Int(args, "--events", 200_000);
        var baseline = BenchOptions.Int(args, "--baseline", 5_000);
        var producers = BenchOptions.Int(args, "--producers", 64);
        if (events < producers || baseline < 1 || producers < 1)
        {
            Console.Error.WriteLine("RawAppendBench: --events must be at least --producers, and both and --baseline at least 1.");
            return 2;
        }

        var directory = Path.Combine(Path.GetTempPath(), "parley-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            Console.WriteLine($"Raw append: {events:N0} events through group commit ({producers} producers), {baseline:N0} one-transaction-per-event; WAL, synchronous=FULL; {directory}");
            var grouped = GroupCommitRun(Path.Combine(directory, "grouped.db"), events, producers);
            var single = OneTransactionPerEventRun(Path.Combine(directory, "single.db"), baseline);

            Console.WriteLine();
            Console.WriteLine($"{"mode",-36} {"events",10} {"seconds",9} {"events/s",12} {"commits",9} {"avg batch",10}");
            Print("(a) group commit, " + producers + " producers", grouped);
            Print("(b) one transaction per event", single);
            Console.WriteLine();
            Console.WriteLine($"ratio (a)/(b): {grouped.Rate / single.Rate:0.0}x");
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed record Result(long Events, TimeSpan Elapsed, long Commits)
    {
        public double Rate => Events / Elapsed.TotalSeconds;
    }

    private static Result GroupCommitRun(string path, int events, int producers)
    {
        using var log = SqliteEventLog.Open(path, OpenMode.CreateIfMissing);
        var run = GroupCommitLoad.Run(log, events, producers);
        // Against what the producers sent, not the writer's own count.
        Check(log, (long)(events / producers) * producers);
        return new Result(run.Statistics.Requests, run.Elapsed, run.Statistics.Batches);
    }

    private static Result OneTransactionPerEventRun(string path, int events)
    {
        using var log = SqliteEventLog.Open(path, OpenMode.CreateIfMissing);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
        {
            log.AppendBatch([GroupCommitLoad.Released(i)]);
        }
        clock.Stop();
        Check(log, events);
        return new Result(events, clock.Elapsed, events);
    }

    private static void Check(SqliteEventLog log, long expected)
    {
        if (log.LastSequence != expected)
        {
            throw new InvalidOperationException($"expected {expected} events in the log, found {log.LastSequence}");
        }
    }

    private static void Print(string mode, Result r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode,-36} {r.Events,10:N0} {r.Elapsed.TotalSeconds,9:0.00} {r.Rate,12:N0} {r.Commits,9:N0} {(double)r.Events / r.Commits,10:0.0}"));
}
