using System.Buffers;
using System.IO.Pipelines;
using Parley.Core.Broadcast.Live;

namespace Parley.Server.Live;

/// <summary>
/// One reader of a live page's event stream. The hub's dispatcher writes each frame straight into the reader's response
/// (no queue hop, no wake-up of a task per reader); while a reader's previous frames are still being flushed (a slow
/// reader), new frames wait in its own bounded queue. A reader too slow to keep up, or whose flush stays pending past
/// <see cref="ServerOptions.FlushTimeout"/>, is cut off (its stream ends and its connection is closed) instead of holding
/// memory and the others up; an honest browser resumes with Last-Event-ID, missing nothing.
/// </summary>
/// <remarks>
/// Rendering happens before the lock is taken and only bytes wait in the queue, so a flush finishing on another thread
/// never calls back into the hub (no lock-order cycle with the hub's own lock).
/// </remarks>
public sealed class Subscriber(string live, string language, Func<LiveEntry, byte[]> render, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<byte[]> _queued = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PipeWriter? _writer;
    private Task? _flushing;
    private long _flushingSince;
    private bool _isEnded;
    private bool _cutOff;
    private long _lastWrite = Environment.TickCount64;

    public string Live { get; } = live;

    /// <summary>The reader's language: readers of one language share each rendered frame.</summary>
    public string Language { get; } = language;

    /// <summary>
    /// The log position its backlog covers: entries at or before it reach the reader with the backlog, not live. Set once,
    /// by the hub, under the lock that adds the subscriber to its page (<see cref="BroadcastHub.Subscribe"/>).
    /// </summary>
    public long After { get; internal set; }

    /// <summary>Whether the server ended the stream because the reader did not keep up (its connection is then closed).</summary>
    public bool WasCutOff
    {
        get
        {
            lock (_gate)
            {
                return _cutOff;
            }
        }
    }

    /// <summary>Completes when the stream has ended: the reader left, was too slow, or the server is stopping.</summary>
    public Task Ended => _ended.Task;

    /// <summary>This reader's frame for <paramref name="item"/> (an entry, or the figures marker).</summary>
    public byte[] Render(LiveEntry item) => render(item);

    /// <summary>
    /// From now on frames go to <paramref name="output"/>: called by the stream once it has written the backlog. Frames
    /// offered meanwhile are written first, in order, and everything is flushed.
    /// </summary>
    internal void Attach(PipeWriter output)
    {
        lock (_gate)
        {
            if (_isEnded)
            {
                return;
            }
            _writer = output;
            WriteQueuedAndFlushLocked();
        }
    }

    /// <summary>Sends a frame, or queues it while a flush is under way; false (and the stream ends) when the queue is full.</summary>
    internal bool Offer(byte[] frame) => Send(frame, cutOffWhenFull: true);

    /// <summary>Sends or queues a frame, dropping it rather than cutting the reader off when the queue is full (figures).</summary>
    internal void OfferUnlessFull(byte[] frame) => Send(frame, cutOffWhenFull: false);

    /// <summary>
    /// Sends a frame if the stream has written nothing since <paramref name="since"/> (<see cref="Environment.TickCount64"/>)
    /// and no flush is under way; otherwise drops it, since the connection is evidently alive (keep-alives).
    /// </summary>
    internal void OfferIfIdleSince(long since, byte[] frame)
    {
        lock (_gate)
        {
            if (!_isEnded && _writer is not null && _flushing is null && _lastWrite <= since)
            {
                WriteLocked(frame);
                FlushLocked();
            }
        }
    }

    private void WriteLocked(byte[] frame)
    {
        _writer!.Write(frame);
        _lastWrite = Environment.TickCount64;
    }

    /// <summary>Writes the frames that waited (for the backlog, or for a slow reader's flush), in order, and flushes.</summary>
    private void WriteQueuedAndFlushLocked()
    {
        while (_queued.TryDequeue(out var frame))
        {
            WriteLocked(frame);
        }
        FlushLocked();
    }

    private bool Send(byte[] frame, bool cutOffWhenFull)
    {
        lock (_gate)
        {
            if (_isEnded)
            {
                return false;
            }
            if (_writer is null || _flushing is not null)
            {
                if (_queued.Count >= capacity)
                {
                    if (cutOffWhenFull)
                    {
                        _cutOff = true;
                        EndLocked();
                        return false;
                    }
                    return true;
                }
                _queued.Enqueue(frame);
                return true;
            }
            WriteLocked(frame);
            FlushLocked();
            return !_isEnded;
        }
    }

    /// <summary>
    /// Cuts the reader off if a flush has been pending since before <paramref name="since"/> (<see cref="Environment.TickCount64"/>):
    /// it is not reading, and what was written to it waits in memory. True when it was cut off.
    /// </summary>
    internal bool CutOffIfStalledSince(long since)
    {
        lock (_gate)
        {
            if (_isEnded || _flushing is null || _flushingSince > since)
            {
                return false;
            }
            _cutOff = true;
            EndLocked();
            return true;
        }
    }

    /// <summary>Cuts the reader off: its backlog could not be flushed in time.</summary>
    internal void CutOff()
    {
        lock (_gate)
        {
            _cutOff = !_isEnded || _cutOff;
            EndLocked();
        }
    }

    /// <summary>Ends the stream: nothing more is written, and a flush held up by a reader that does not read is released.</summary>
    internal void End()
    {
        lock (_gate)
        {
            EndLocked();
        }
    }

    /// <summary>Ends the stream and waits until no flush is under way, so the response can be completed safely.</summary>
    internal async Task EndAsync()
    {
        Task? pending;
        lock (_gate)
        {
            EndLocked();
            pending = _flushing;
        }
        if (pending is not null)
        {
            await pending.ConfigureAwait(false);
        }
    }

    private void EndLocked()
    {
        if (_isEnded)
        {
            return;
        }
        _isEnded = true;
        _queued.Clear();
        if (_flushing is not null)
        {
            _writer?.CancelPendingFlush();
        }
        _ended.TrySetResult();
    }

    private void FlushLocked()
    {
        ValueTask<FlushResult> flush;
        try
        {
            flush = _writer!.FlushAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            EndLocked();
            return;
        }
        if (flush.IsCompletedSuccessfully)
        {
            if (flush.Result.IsCompleted)
            {
                EndLocked(); // the reader has gone
            }
            return;
        }
        _flushingSince = Environment.TickCount64;
        _flushing = AfterFlushAsync(flush);
    }

    /// <summary>A slow reader's flush finished: writes what queued meanwhile, or ends the stream if the reader has gone.</summary>
    private async Task AfterFlushAsync(ValueTask<FlushResult> flush)
    {
        bool gone;
        try
        {
            // Always resumed later on the pool, never inline: the caller records this task under the lock first.
            var result = await flush.AsTask().ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
            gone = result.IsCompleted || result.IsCanceled;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException)
        {
            gone = true;
        }
        lock (_gate)
        {
            _flushing = null;
            if (gone)
            {
                EndLocked();
                return;
            }
            if (!_isEnded && _queued.Count > 0)
            {
                WriteQueuedAndFlushLocked();
            }
        }
    }
}
