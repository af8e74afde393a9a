using Parley.Core.State;
using Parley.Store.Snapshots;

namespace Parley.Store.Domain;

public sealed partial class ParleyStore
{
    /// <summary>The version of the newest snapshot this store read or wrote (0 for none).</summary>
    private long _snapshotVersion;

    /// <summary>The snapshot being written in the background, if any: at most one at a time, awaited on close.</summary>
    private Task? _snapshotting;

    /// <summary>1 while a background snapshot is being written (the writer and the follower may both find one due).</summary>
    private int _snapshotInFlight;

    /// <summary>Set when the store starts closing: no background snapshot starts after it.</summary>
    private volatile bool _closing;

    /// <summary>
    /// The state of the log as it is now, and the version of the snapshot it started from (0 when it replayed the whole
    /// log): the newest usable state snapshot with the events after it folded on, or, when there is none (or it cannot
    /// be used, which is told once to <paramref name="notices"/>), the whole log folded.
    /// </summary>
    /// <exception cref="CorruptLogException">An event cannot be read or does not apply.</exception>
    public static (ParleyState State, long SnapshotVersion) ReadState(IEventLog log, IProgress<long>? progress = null, TextWriter? notices = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var snapshot = StateSnapshots.Load(log, out var ignored);
        if (ignored is not null)
        {
            notices?.WriteLine($"parley: {ignored}; replaying the whole log of {log.Location} instead (slower, never wrong).");
        }
        if (snapshot is null)
        {
            return (Replay(log, progress), 0);
        }
        try
        {
            return (FoldLog(log, snapshot, progress), snapshot.Version);
        }
        catch (CorruptLogException e)
        {
            // The tail does not follow on from the snapshot: the whole log decides whether the log or the snapshot is wrong.
            notices?.WriteLine($"parley: the log after the state snapshot of version {snapshot.Version} does not apply to it ({e.Message}); replaying the whole log of {log.Location} instead.");
            return (Replay(log, progress), 0);
        }
        catch (InvalidDataException e)
        {
            // A part of the snapshot (an exchange's lists or matching) the tail needed cannot be read: the log decides.
            notices?.WriteLine($"parley: {e.Message}; replaying the whole log of {log.Location} instead.");
            return (Replay(log, progress), 0);
        }
    }

    /// <summary>
    /// Writes a snapshot of the committed state now (what the store also does on its own: <see cref="StoreSettings.SnapshotEvery"/>);
    /// null when none was stored (a snapshot as new is there already, or the log has no public record to bind it to).
    /// </summary>
    public SnapshotWritten? WriteSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var written = StateSnapshots.Write(_log, State);
        if (written is not null)
        {
            InterlockedMax(ref _snapshotVersion, written.Version);
        }
        return written;
    }

    /// <summary>
    /// After a commit (and on open): when the state is <see cref="StoreSettings.SnapshotEvery"/> events and half the last
    /// snapshot's version past it, writes a snapshot on the thread pool, off the command path. Growing the interval with
    /// the log keeps the work of all snapshots together proportional to the log.
    /// </summary>
    private void SnapshotInBackgroundIfDue()
    {
        var version = State.Version;
        var last = Interlocked.Read(ref _snapshotVersion);
        if (version - last < Math.Max(_settings.SnapshotEvery, last / 2) || _closing || Interlocked.CompareExchange(ref _snapshotInFlight, 1, 0) != 0)
        {
            return;
        }
        _snapshotting = Task.Run(() =>
        {
            try
            {
                WriteQuietly("in the background");
            }
            finally
            {
                Volatile.Write(ref _snapshotInFlight, 0);
            }
        });
    }

    /// <summary>
    /// An erasure committed (here or on another node) and deleted every snapshot: the next is due at once, so that the
    /// next open does not replay the whole log.
    /// </summary>
    private void SnapshotsErased() => Interlocked.Exchange(ref _snapshotVersion, 0);

    /// <summary>On close: waits for a background snapshot, then writes one if the log moved far enough past the newest.</summary>
    private void SnapshotOnClose()
    {
        _closing = true;
        _snapshotting?.Wait();
        if (State.Version - Interlocked.Read(ref _snapshotVersion) >= _settings.SnapshotEvery)
        {
            WriteQuietly("on close");
        }
    }

    /// <summary>A snapshot that cannot be written costs start-up time, nothing else: told, never thrown.</summary>
    private void WriteQuietly(string when)
    {
        try
        {
            WriteSnapshot();
        }
        catch (ObjectDisposedException)
        {
            // Closed meanwhile: the snapshot is written on close.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever went wrong (the database, or a state the format cannot hold), the command's work is durable and
            // the log is whole: a missing snapshot only makes the next open slower.
            (_settings.Notices ?? Console.Error).WriteLine($"parley: no state snapshot written {when} ({e.Message}); the next open folds more of the log.");
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
