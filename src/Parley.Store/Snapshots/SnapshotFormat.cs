using Parley.Core.State;

namespace Parley.Store.Snapshots;

/// <summary>
/// The bytes of a state snapshot: <see cref="Contract.StateSnapshotV2"/> as JSON (<see cref="SnapshotJson"/>), compressed
/// with Brotli at a fast level; each exchange's lists and matching inside it are parts compressed on their own and read
/// on first use (<see cref="SnapshotParts"/>). A snapshot of another format number is never read: the log is replayed instead.
/// </summary>
internal static class SnapshotFormat
{
    /// <summary>The format this build writes and reads; raised whenever the contract (Contract/) changes.</summary>
    public const int Current = 2;

    public static byte[] Encode(ParleyState state) => CompressedJson.Encode(SnapshotMapping.ToSnapshot(state), SnapshotJson.Snapshot);

    /// <exception cref="InvalidDataException">The bytes are not a snapshot of this format.</exception>
    public static ParleyState Decode(byte[] body)
    {
        try
        {
            return SnapshotMapping.ToState(CompressedJson.Decode(body, SnapshotJson.Snapshot));
        }
        catch (Exception e) when (CompressedJson.IsUnreadable(e))
        {
            throw new InvalidDataException($"the snapshot cannot be read: {e.Message}", e);
        }
    }
}
