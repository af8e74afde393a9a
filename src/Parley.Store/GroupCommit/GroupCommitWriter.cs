using System.Diagnostics;
using System.Threading.Channels;

namespace Parley.Store;

/// <summary>
/// Group commit: many concurrent callers submit requests; one background writer drains whatever is waiting (up to
/// <see cref="GroupCommitOptions.MaxBatchSize"/>, with no artificial delay) into a batch, has the processor decide it in
/// submission order, appends the result in ONE durable transaction, and only then completes each caller's task. So one
/// fsync is shared by every request that arrived while the previous one ran, and throughput does not collapse under many
/// small commands.
/// </summary>
/// <remarks>
/// Ordering: requests reach <see cref="IBatchProcessor{TRequest, TResult}.Process"/> in the order <see cref="SubmitAsync"/>
/// was called; one caller's requests keep their order. A request cancelled before the writer takes it is never
/// processed; once taken, it runs to its outcome.
/// </remarks>
public sealed class GroupCommitWriter<TRequest, TResult> : IAsyncDisposable
{
    private readonly IEventLog _log;
    private readonly IBatchProcessor<TRequest, TResult> _processor;
    private readonly Channel<Pending> _queue;
    private readonly int _maxBatchSize;
    private readonly Task _loop;
    private readonly long _lingerTicks;
    private int _lastBatchSize;
    private long _batches;
    private long _requests;
    private int _largestBatch;
    private int _disposed;
    private Exception? _processorBroken;
    private Exception? _lastFailure;

    public GroupCommitWriter(IEventLog log, IBatchProcessor<TRequest, TResult> processor, GroupCommitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(processor);
        options ??= new GroupCommitOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1, $"{nameof(options)}.{nameof(options.MaxBatchSize)}");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxBatchSize, 1_000_000, $"{nameof(options)}.{nameof(options.MaxBatchSize)}");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, 1, $"{nameof(options)}.{nameof(options.QueueCapacity)}");

        _log = log;
        _processor = processor;
        _maxBatchSize = options.MaxBatchSize;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
            AllowSynchronousContinuations = false,
        });
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Linger, TimeSpan.Zero, $"{nameof(options)}.{nameof(options.Linger)}");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Linger, TimeSpan.FromMilliseconds(10), $"{nameof(options)}.{nameof(options.Linger)}");
        _lingerTicks = (long)(options.Linger.TotalSeconds * Stopwatch.Frequency);
        // The writer blocks in fsync; on its own thread it never takes a thread-pool thread from the callers.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _loop = done.Task;
        new Thread(() =>
        {
            try
            {
                Run();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "parley group commit",
        }.Start();
    }

    /// <summary>Counters since start: batches, requests, largest batch.</summary>
    public GroupCommitStatistics Statistics =>
        new(Interlocked.Read(ref _batches), Interlocked.Read(ref _requests), Volatile.Read(ref _largestBatch));

    /// <summary>
    /// The writer's health: <see cref="WriterState.Failing"/> while its last batch failed (the batch was rolled back, so
    /// nothing of it is durable), <see cref="WriterState.Stopped"/> once it accepts no more requests.
    /// </summary>
    public WriterHealth Health
    {
        get
        {
            var durable = _log.LastSequence;
            if (Volatile.Read(ref _disposed) != 0 || _loop.IsCompleted || Volatile.Read(ref _processorBroken) is not null)
            {
                var cause = Volatile.Read(ref _processorBroken) ?? _loop.Exception?.GetBaseException();
                return new WriterHealth(WriterState.Stopped, durable, cause);
            }
            return Volatile.Read(ref _lastFailure) is { } failure
                ? new WriterHealth(WriterState.Failing, durable, failure)
                : new WriterHealth(WriterState.Ok, durable, null);
        }
    }

    /// <summary>
    /// Queues <paramref name="request"/>; the task completes with its result once the batch holding it has committed
    /// durably, or faults with the batch's error (the log then holds nothing of that batch).
    /// </summary>
    /// <exception cref="ObjectDisposedException">When the writer is disposed.</exception>
    public Task<TResult> SubmitAsync(TRequest request, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResult>(cancellationToken);
        }
        var pending = new Pending(request);
        // Register before queueing, so the writer sees the registration (the channel orders the two).
        pending.CancelWith(cancellationToken);
        if (_queue.Writer.TryWrite(pending))
        {
            return pending.Task;
        }
        if (Volatile.Read(ref _disposed) != 0)
        {
            pending.Abandon();
            throw new ObjectDisposedException(GetType().FullName);
        }
        return SubmitWhenRoomAsync(pending, cancellationToken);
    }

    /// <summary>Queues <paramref name="requests"/> in order and waits for all their results, in the same order.</summary>
    public Task<TResult[]> SubmitManyAsync(IEnumerable<TRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var tasks = new List<Task<TResult>>();
        foreach (var request in requests)
        {
            tasks.Add(SubmitAsync(request, cancellationToken));
        }
        return Task.WhenAll(tasks);
    }

    /// <summary>Stops accepting requests, lets the writer drain and commit what is queued, and waits for it to finish.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            await _loop.ConfigureAwait(false);
            return;
        }
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task<TResult> SubmitWhenRoomAsync(Pending pending, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            pending.Abandon();
            throw new ObjectDisposedException(GetType().FullName);
        }
        catch (OperationCanceledException)
        {
            pending.Abandon();
            throw;
        }
        return await pending.Task.ConfigureAwait(false);
    }

    /// <summary>The writer loop, on its own thread: waits for requests, takes a batch, commits it, repeats.</summary>
    private void Run()
    {
        var reader = _queue.Reader;
        var taken = new List<Pending>(Math.Min(_maxBatchSize, 4096));
        while (WaitToRead(reader))
        {
            Drain(reader, taken);
            Linger(reader, taken);
            if (taken.Count > 0)
            {
                Commit(taken);
                _lastBatchSize = taken.Count;
                taken.Clear();
            }
        }
    }

    private static bool WaitToRead(ChannelReader<Pending> reader)
    {
        var wait = reader.WaitToReadAsync();
        return wait.IsCompleted ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    private void Drain(ChannelReader<Pending> reader, List<Pending> taken)
    {
        while (taken.Count < _maxBatchSize && reader.TryRead(out var pending))
        {
            if (pending.TryTake())
            {
                taken.Add(pending);
            }
        }
    }

    /// <summary>
    /// Callers acknowledged by the last commit usually send their next request within microseconds; waiting briefly
    /// for them keeps batches large instead of committing the first arrival alone.
    /// </summary>
    private void Linger(ChannelReader<Pending> reader, List<Pending> taken)
    {
        var expected = Math.Min(_lastBatchSize, _maxBatchSize);
        if (taken.Count >= expected || _lingerTicks == 0)
        {
            return;
        }
        var deadline = Stopwatch.GetTimestamp() + _lingerTicks;
        var spinner = new SpinWait();
        while (taken.Count < expected && Stopwatch.GetTimestamp() < deadline)
        {
            var before = taken.Count;
            Drain(reader, taken);
            if (taken.Count == before)
            {
                spinner.SpinOnce();
            }
        }
    }

    private void Commit(List<Pending> taken)
    {
        var batch = new TRequest[taken.Count];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = taken[i].Request;
        }
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _requests, batch.Length);
        if (batch.Length > _largestBatch)
        {
            Volatile.Write(ref _largestBatch, batch.Length);
        }

        IReadOnlyList<TResult> results;
        try
        {
            if (Volatile.Read(ref _processorBroken) is { } broken)
            {
                throw new InvalidOperationException(
                    "The batch processor threw from OnBatchCommitted, so its state may not match the log; this writer accepts no more requests. Reopen the store.",
                    broken);
            }
            results = GroupCommit.ProcessAndAppend(_log, _processor, batch);
        }
        catch (Exception error)
        {
            Volatile.Write(ref _lastFailure, error);
            foreach (var pending in taken)
            {
                pending.Fail(error);
            }
            return;
        }
        Volatile.Write(ref _lastFailure, null);
        try
        {
            _processor.OnBatchCommitted();
        }
        catch (Exception error)
        {
            // The batch is durable: its callers are acknowledged regardless; later requests are refused.
            Volatile.Write(ref _processorBroken, error);
        }
        for (var i = 0; i < taken.Count; i++)
        {
            taken[i].Complete(results[i]);
        }
    }

    /// <summary>A queued request and its caller's task; taken by the writer or cancelled by the caller, never both.</summary>
    private sealed class Pending : TaskCompletionSource<TResult>
    {
        private const int Queued = 0, Taken = 1, Cancelled = 2;
        private int _state;
        private CancellationTokenRegistration _registration;

        public Pending(TRequest request)
            : base(TaskCreationOptions.RunContinuationsAsynchronously)
        {
            Request = request;
        }

        public TRequest Request { get; }

        public void CancelWith(CancellationToken cancellationToken)
        {
            if (cancellationToken.CanBeCanceled)
            {
                _registration = cancellationToken.Register(static (state, token) =>
                {
                    var pending = (Pending)state!;
                    if (Interlocked.CompareExchange(ref pending._state, Cancelled, Queued) == Queued)
                    {
                        pending.TrySetCanceled(token);
                    }
                }, this);
            }
        }

        public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

        public void Complete(TResult result)
        {
            _registration.Unregister();
            TrySetResult(result);
        }

        /// <summary>The request never reached the queue: drop the cancellation registration.</summary>
        public void Abandon() => _registration.Dispose();

        public void Fail(Exception error)
        {
            _registration.Unregister();
            TrySetException(error);
        }
    }
}
