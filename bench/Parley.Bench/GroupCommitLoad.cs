using System.Diagnostics;
using System.Text;
using Parley.Store;

namespace Parley.Bench;

/// <summary>
/// The append load both log benches drive (RawAppendBench, LedgerBench): concurrent producers through
/// <see cref="GroupCommitWriter{TRequest, TResult}"/>, each waiting for its acknowledgement before sending its next event.
/// </summary>
internal static class GroupCommitLoad
{
    private static readonly string Padding = new('x', 120);

    /// <summary>What a run did: how long it took, and the writer's batches and requests.</summary>
    public sealed record Outcome(TimeSpan Elapsed, GroupCommitStatistics Statistics);

    /// <summary>Appends <paramref name="events"/> (rounded down to a multiple of <paramref name="producers"/>) to <paramref name="log"/>.</summary>
    public static Outcome Run(SqliteEventLog log, int events, int producers)
    {
        var perProducer = events / producers;
        var clock = Stopwatch.StartNew();
        var writer = new GroupCommitWriter<EventToAppend, long>(log, new PassThrough(log));
        try
        {
            Task.WhenAll(Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
            {
                for (var i = 0; i < perProducer; i++)
                {
                    await writer.SubmitAsync(Released(p * perProducer + i)).ConfigureAwait(false);
                }
            }))).GetAwaiter().GetResult();
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        clock.Stop();
        return new Outcome(clock.Elapsed, writer.Statistics);
    }

    /// <summary>An envelope-level event (no domain): about 200 bytes of public JSON and 150 of private.</summary>
    public static EventToAppend Released(int n) =>
        new("person.released",
            1_748_000_000_000 + n,
            Encoding.UTF8.GetBytes($$"""{"exchange":"may-2025","stage":"s2","person":"p-{{n:D8}}","side":"b","note":"{{Padding}}"}"""),
            Encoding.UTF8.GetBytes($$"""{"name":"Mykola Shevchenko {{n}}","born":"1990-04-12","unit":"{{Padding[..80]}}"}"""));

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
