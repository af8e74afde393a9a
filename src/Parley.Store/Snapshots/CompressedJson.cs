using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Parley.Store.Snapshots;

/// <summary>
/// JSON compressed with Brotli at a fast level: a snapshot's document (<see cref="SnapshotFormat"/>) and each of its parts
/// (<see cref="SnapshotParts"/>), written and read the same way.
/// </summary>
internal static class CompressedJson
{
    /// <summary>Brotli's quality 1: most of the size saving at a small part of the time of the higher levels.</summary>
    private const int BrotliQuality = 1;

    public static byte[] Encode<T>(T value, JsonTypeInfo<T> json)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, new BrotliCompressionOptions { Quality = BrotliQuality }, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, value, json);
        }
        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not Brotli, or their JSON is null.</exception>
    public static T Decode<T>(byte[] body, JsonTypeInfo<T> json)
    {
        using var brotli = new BrotliStream(new MemoryStream(body, writable: false), CompressionMode.Decompress);
        return JsonSerializer.Deserialize(brotli, json) ?? throw new InvalidDataException("the snapshot's JSON is null");
    }

    /// <summary>
    /// Whether <paramref name="e"/> says that what was read is not what this format writes: bad JSON, or a value the
    /// state's types refuse as it is mapped (a duplicate key, an unknown time zone, a formula that does not parse).
    /// </summary>
    public static bool IsUnreadable(Exception e) =>
        e is JsonException or NotSupportedException or ArgumentException or KeyNotFoundException or InvalidOperationException
            or FormatException or OverflowException or Core.Rules.ParleyException or NodaTime.TimeZones.DateTimeZoneNotFoundException;
}
