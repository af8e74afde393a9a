using System.Diagnostics;
using System.Globalization;
using System.Text;
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
        var events = Option(args, "--events", 200_000);
        var baseline = Option(args, "--baseline", 5_000);
        var producers = Option(args, "--producers", 64);
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
        var perProducer = events / producers;
        var clock = Stopwatch.StartNew();
        GroupCommitStatistics stats;
        var writer = new GroupCommitWriter<EventToAppend, long>(log, new PassThrough(log));
        try
        {
            Task.WhenAll(Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
            {
                for (var i = 0; i < perProducer; i++)
                {
                    await writer.SubmitAsync(Event(p * perProducer + i)).ConfigureAwait(false);
                }
            }))).GetAwaiter().GetResult();
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        clock.Stop();
        stats = writer.Statistics;
        Check(log, (long)perProducer * producers);
        return new Result(stats.Requests, clock.Elapsed, stats.Batches);
    }

    private static Result OneTransactionPerEventRun(string path, int events)
    {
        using var log = SqliteEventLog.Open(path, OpenMode.CreateIfMissing);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
        {
            log.AppendBatch([Event(i)]);
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

    private static readonly string Padding = new('x', 120);

    /// <summary>About 200 bytes of public JSON and 150 of private.</summary>
    private static EventToAppend Event(int n) =>
        new("person-released",
            1_748_000_000_000 + n,
            Encoding.UTF8.GetBytes($$"""{"exchange":"may-2025","stage":2,"person":"p-{{n:D8}}","side":"B","note":"{{Padding}}"}"""),
            Encoding.UTF8.GetBytes($$"""{"name":"Mykola Shevchenko {{n}}","born":"1990-04-12","unit":"{{Padding[..80]}}"}"""));

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
    }

    /// <summary>Appends each request as is; its result is its sequence number.</summary>
    private sealed class PassThrough(SqliteEventLog log) : IBatchProcessor<EventToAppend, long>
    {
        public BatchResult<long> Process(IReadOnlyList<EventToAppend> batch)
        {
            var first = log.LastSequence + 1;
            var results = new long[batch.Count];
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = first + i;
            }
            return new BatchResult<long>(results, batch);
        }

        public void OnBatchFailed()
        {
        }
    }
}
