using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Parley.Store.Tests;

public sealed class GroupCommitWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SqliteEventLog _log;

    public GroupCommitWriterTests()
    {
        _log = SqliteEventLog.Open(_temp.File("parley.db"), OpenMode.CreateIfMissing);
    }

    public void Dispose()
    {
        _log.Dispose();
        _temp.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_submitters_are_all_acknowledged_in_gapless_order_and_share_batches()
    {
        const int submitters = 64, perSubmitter = 500;
        var processor = new RecordingProcessor(_log);
        await using (var writer = new GroupCommitWriter<Request, long>(_log, processor))
        {
            var acknowledged = new ConcurrentDictionary<Request, long>();
            await Task.WhenAll(Enumerable.Range(0, submitters).Select(s => Task.Run(async () =>
            {
                for (var i = 0; i < perSubmitter; i++)
                {
                    var request = new Request(s, i);
                    acknowledged[request] = await writer.SubmitAsync(request, Ct);
                }
            }, Ct)));

            var stats = writer.Statistics;
            Assert.Equal(submitters * perSubmitter, acknowledged.Count);
            Assert.Equal(submitters * perSubmitter, stats.Requests);
            Assert.True(stats.LargestBatch > 1, $"expected group commit to batch requests; largest batch was {stats.LargestBatch}");
            Assert.True(stats.Batches < stats.Requests);

            var stored = _log.Read().ToList();
            Assert.Equal(Enumerable.Range(1, submitters * perSubmitter).Select(i => (long)i), stored.Select(e => e.Sequence));
            var lastIndex = new int[submitters];
            Array.Fill(lastIndex, -1);
            foreach (var e in stored)
            {
                var request = Request.FromJson(e.Public);
                Assert.Equal(lastIndex[request.Submitter] + 1, request.Index);
                lastIndex[request.Submitter] = request.Index;
                Assert.Equal(e.Sequence, acknowledged[request]);
            }
            Assert.Null(processor.OrderViolation);
            Assert.Equal(stats.Batches, processor.CommittedBatches);
        }
    }

    [Fact]
    public async Task The_processor_hears_of_each_commit_before_any_caller_is_acknowledged()
    {
        var processor = new RecordingProcessor(_log);
        await using var writer = new GroupCommitWriter<Request, long>(_log, processor);

        for (var i = 0; i < 5; i++)
        {
            await writer.SubmitAsync(new Request(0, i), Ct);
            Assert.Equal(writer.Statistics.Batches, processor.CommittedBatches);
        }
    }

    [Fact]
    public async Task A_processor_that_throws_on_commit_still_acknowledges_its_batch_then_the_writer_refuses_more()
    {
        var processor = new RecordingProcessor(_log) { ThrowOnCommit = true };
        await using var writer = new GroupCommitWriter<Request, long>(_log, processor);

        Assert.Equal(1, await writer.SubmitAsync(new Request(0, 0), Ct));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => writer.SubmitAsync(new Request(0, 1), Ct));

        Assert.Contains("accepts no more requests", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _log.LastSequence);
    }

    [Fact]
    public async Task A_failed_append_faults_every_caller_in_the_batch_and_leaves_the_log_unchanged()
    {
        var processor = new RecordingProcessor(_log) { HoldFirstBatch = true };
        await using var writer = new GroupCommitWriter<Request, long>(_log, processor);

        var first = writer.SubmitAsync(new Request(0, 0), Ct);
        Assert.True(processor.FirstBatchEntered.Wait(TimeSpan.FromSeconds(10), Ct));
        var doomed = Enumerable.Range(0, 10).Select(i => writer.SubmitAsync(new Request(1, i, Poison: i == 5), Ct)).ToList();
        processor.ReleaseFirstBatch.Set();

        Assert.Equal(1, await first);
        foreach (var task in doomed)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => task);
            Assert.Equal("poisoned projection", error.Message);
        }
        Assert.Equal(1, processor.FailedBatches);
        Assert.Equal(1, _log.LastSequence);
        Assert.Single(_log.Read());
        Assert.Null(_log.ReadProjection("request", "1/0"));

        // The writer carries on, from the state the processor rolled back to.
        Assert.Equal(2, await writer.SubmitAsync(new Request(2, 0), Ct));
    }

    [Fact]
    public async Task A_processor_that_throws_faults_the_batch_and_is_told_to_discard_its_state()
    {
        var processor = new RecordingProcessor(_log) { ThrowInProcess = true };
        await using var writer = new GroupCommitWriter<Request, long>(_log, processor);

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.SubmitAsync(new Request(0, 0), Ct));

        Assert.Equal(1, processor.FailedBatches);
        Assert.Equal(0, _log.LastSequence);
    }

    [Fact]
    public async Task A_request_cancelled_while_queued_is_never_processed()
    {
        var processor = new RecordingProcessor(_log) { HoldFirstBatch = true };
        await using var writer = new GroupCommitWriter<Request, long>(_log, processor);
        var first = writer.SubmitAsync(new Request(0, 0), Ct);
        Assert.True(processor.FirstBatchEntered.Wait(TimeSpan.FromSeconds(10), Ct));

        using var cancellation = new CancellationTokenSource();
        var cancelled = writer.SubmitAsync(new Request(1, 0), cancellation.Token);
        var kept = writer.SubmitAsync(new Request(2, 0), Ct);
        cancellation.Cancel();
        processor.ReleaseFirstBatch.Set();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, await first);
        Assert.Equal(2, await kept);
        Assert.DoesNotContain(new Request(1, 0), processor.Seen);
    }

    [Fact]
    public async Task Disposing_commits_what_is_queued_and_then_refuses_new_requests()
    {
        var processor = new RecordingProcessor(_log);
        var writer = new GroupCommitWriter<Request, long>(_log, processor, new GroupCommitOptions { MaxBatchSize = 7 });
        var tasks = Enumerable.Range(0, 100).Select(i => writer.SubmitAsync(new Request(0, i), Ct)).ToList();

        await writer.DisposeAsync();

        Assert.All(tasks, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), tasks.Select(t => t.Result));
        Assert.True(writer.Statistics.LargestBatch <= 7);
        Assert.Throws<ObjectDisposedException>(() => { _ = writer.SubmitAsync(new Request(0, 100), Ct); });
        await writer.DisposeAsync();
    }

    [Fact]
    public async Task Submitting_many_returns_results_in_submission_order()
    {
        await using var writer = new GroupCommitWriter<Request, long>(_log, new RecordingProcessor(_log));
        var results = await writer.SubmitManyAsync(Enumerable.Range(0, 50).Select(i => new Request(0, i)), Ct);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), results);
    }

    [Fact]
    public void Applying_in_order_synchronously_returns_one_result_per_request_in_order()
    {
        var processor = new RecordingProcessor(_log);
        var requests = Enumerable.Range(0, 25).Select(i => new Request(0, i)).ToList();

        var results = GroupCommit.ApplyInOrder(_log, processor, requests, maxBatchSize: 10);

        Assert.Equal(Enumerable.Range(1, 25).Select(i => (long)i), results);
        Assert.Equal(3, processor.Batches);
        Assert.Equal(requests, processor.Seen);
    }

    [Fact]
    public void Applying_in_order_stops_at_a_failed_batch_and_keeps_the_batches_before_it()
    {
        var processor = new RecordingProcessor(_log);
        var requests = Enumerable.Range(0, 25).Select(i => new Request(0, i, Poison: i == 15)).ToList();

        Assert.Throws<InvalidOperationException>(() => GroupCommit.ApplyInOrder(_log, processor, requests, maxBatchSize: 10));

        Assert.Equal(10, _log.LastSequence);
        Assert.Equal(1, processor.FailedBatches);
    }

    public sealed record Request(int Submitter, int Index, bool Poison = false)
    {
        public byte[] ToJson() => Encoding.UTF8.GetBytes($$"""{"submitter":{{Submitter}},"index":{{Index}}}""");

        public static Request FromJson(byte[] json)
        {
            using var document = JsonDocument.Parse(json);
            return new Request(document.RootElement.GetProperty("submitter").GetInt32(), document.RootElement.GetProperty("index").GetInt32());
        }
    }

    /// <summary>
    /// Decides each request into one event whose result is its sequence number, keeping tentative state (the next
    /// sequence, the last index per submitter) that it rolls back when a batch fails; records what it saw.
    /// </summary>
    private sealed class RecordingProcessor(SqliteEventLog log) : IBatchProcessor<Request, long>
    {
        private readonly Dictionary<int, int> _lastIndex = [];
        private Dictionary<int, int> _committedLastIndex = [];
        private bool _firstBatchDone;

        public bool HoldFirstBatch { get; init; }
        public bool ThrowInProcess { get; init; }
        public bool ThrowOnCommit { get; init; }
        public int CommittedBatches { get; private set; }
        public ManualResetEventSlim FirstBatchEntered { get; } = new();
        public ManualResetEventSlim ReleaseFirstBatch { get; } = new();
        public List<Request> Seen { get; } = [];
        public int Batches { get; private set; }
        public int FailedBatches { get; private set; }
        public string? OrderViolation { get; private set; }

        public BatchResult<long> Process(IReadOnlyList<Request> batch)
        {
            if (!_firstBatchDone)
            {
                _firstBatchDone = true;
                if (HoldFirstBatch)
                {
                    FirstBatchEntered.Set();
                    ReleaseFirstBatch.Wait(TimeSpan.FromSeconds(30));
                }
            }
            // Between batches the state is committed: the previous batch either committed or was rolled back.
            _committedLastIndex = new Dictionary<int, int>(_lastIndex);
            Batches++;
            if (ThrowInProcess)
            {
                throw new InvalidOperationException("decide bug");
            }

            var next = log.LastSequence;
            var results = new long[batch.Count];
            var events = new EventToAppend[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                var request = batch[i];
                Seen.Add(request);
                if (_lastIndex.TryGetValue(request.Submitter, out var last) && request.Index != last + 1 && request.Submitter != 1)
                {
                    OrderViolation ??= $"submitter {request.Submitter}: index {request.Index} after {last}";
                }
                _lastIndex[request.Submitter] = request.Index;
                results[i] = ++next;
                events[i] = new EventToAppend("request", request.Index, request.ToJson(), null);
            }
            var poisoned = batch.Any(r => r.Poison);
            return new BatchResult<long>(results, events, w =>
            {
                foreach (var request in batch)
                {
                    w.UpsertProjection("request", $"{request.Submitter}/{request.Index}", request.ToJson());
                }
                if (poisoned)
                {
                    throw new InvalidOperationException("poisoned projection");
                }
            });
        }

        public void OnBatchCommitted()
        {
            CommittedBatches++;
            if (ThrowOnCommit)
            {
                throw new InvalidOperationException("commit hook bug");
            }
        }

        public void OnBatchFailed()
        {
            FailedBatches++;
            _lastIndex.Clear();
            foreach (var (k, v) in _committedLastIndex)
            {
                _lastIndex[k] = v;
            }
        }
    }
}
