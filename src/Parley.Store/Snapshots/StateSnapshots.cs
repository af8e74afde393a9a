using System.Diagnostics;
using Parley.Core.State;

namespace Parley.Store.Snapshots;

/// <summary>
/// Reads and writes snapshots of the state for a log (docs/operations.md, "State snapshots"). A snapshot is only ever a
/// shortcut: the one read on open must be of this build's format, bound to this very log (its Merkle root at the
/// snapshot's size is the log's root at that size) and not older than the log's last erasure, and must read whole;
/// otherwise it is ignored, with the reason, and the whole log is replayed, which is slower but never wrong.
/// </summary>
internal static class StateSnapshots
{
    /// <summary>The state of the newest usable snapshot, or null with why none was used (null too when there is none).</summary>
    public static ParleyState? Load(IEventLog log, out string? ignored)
    {
        ignored = null;
        StoredSnapshot? stored;
        try
        {
            stored = log.ReadNewestSnapshot();
        }
        catch (Exception e) when (e is StoreException or System.Data.Common.DbException or InvalidCastException or FormatException or OverflowException)
        {
            ignored = $"the state snapshot could not be read ({e.Message})";
            return null;
        }
        if (stored is null)
        {
            return null;
        }
        ignored = Unusable(stored);
        if (ignored is not null)
        {
            return null;
        }
        try
        {
            var state = SnapshotFormat.Decode(stored.Body);
            if (state.Version == stored.Version)
            {
                return state;
            }
            ignored = $"the state snapshot of version {stored.Version} holds the state of version {state.Version}";
        }
        catch (InvalidDataException e)
        {
            ignored = $"the state snapshot of version {stored.Version} is damaged: {e.Message}";
        }
        return null;
    }

    /// <summary>Why a stored snapshot may not be used, or null when it may.</summary>
    private static string? Unusable(StoredSnapshot stored) =>
        stored.Format != SnapshotFormat.Current
            ? $"the state snapshot of version {stored.Version} is in format {stored.Format}, and this build reads format {SnapshotFormat.Current}"
        : stored.LogRoot is null
            ? $"the state snapshot of version {stored.Version} is beyond this log's Merkle tree"
        : !stored.LogRoot.AsSpan().SequenceEqual(stored.Root)
            ? $"the state snapshot of version {stored.Version} is not of this log (its Merkle root at that size differs)"
        : stored.LastErasure > stored.Version
            ? $"the state snapshot of version {stored.Version} is older than the erasure at event {stored.LastErasure}"
        : null;

    /// <summary>Encodes and stores a snapshot of <paramref name="state"/>; null when the log did not store it (one as new is there).</summary>
    public static SnapshotWritten? Write(IEventLog log, ParleyState state)
    {
        if (state.Version < 1 || !log.HasLedger)
        {
            return null;
        }
        var clock = Stopwatch.StartNew();
        var body = SnapshotFormat.Encode(state);
        var encoded = clock.Elapsed;
        return log.WriteSnapshot(state.Version, SnapshotFormat.Current, body)
            ? new SnapshotWritten(state.Version, body.Length, encoded, clock.Elapsed)
            : null;
    }
}
