using System.IO.Compression;
using System.Text.Json;
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

    /// <summary>Brotli's quality 1: most of the size saving at a small part of the time of the higher levels.</summary>
    private const int BrotliQuality = 1;

    public static byte[] Encode(ParleyState state)
    {
        var snapshot = SnapshotMapping.ToSnapshot(state);
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, new BrotliCompressionOptions { Quality = BrotliQuality }, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, snapshot, SnapshotJson.Snapshot);
        }
        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a snapshot of this format.</exception>
    public static ParleyState Decode(byte[] body)
    {
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(body, writable: false), CompressionMode.Decompress);
            var snapshot = JsonSerializer.Deserialize(brotli, SnapshotJson.Snapshot)
                ?? throw new InvalidDataException("the snapshot is JSON null");
            return SnapshotMapping.ToState(snapshot);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or KeyNotFoundException
            or InvalidOperationException or FormatException or OverflowException or Core.Rules.ParleyException or NodaTime.TimeZones.DateTimeZoneNotFoundException)
        {
            throw new InvalidDataException($"the snapshot cannot be read: {e.Message}", e);
        }
    }
}
