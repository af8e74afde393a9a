using System.Buffers.Binary;

namespace Parley.Ledger.Tiles;

/// <summary>
/// Entry bundles of C2SP tlog-tiles (https://c2sp.org/tlog-tiles#log-entries): each entry as a
/// big-endian uint16 length followed by that many bytes, concatenated; a full bundle holds 256 entries.
/// Entry i of bundle N is leaf N·256 + i, whose leaf hash is SHA-256(0x00 || entry).
/// </summary>
public static class EntryBundle
{
    /// <summary>The largest entry a bundle can hold.</summary>
    public const int MaxEntryLength = ushort.MaxValue;

    /// <summary>Encodes up to 256 entries.</summary>
    public static byte[] Encode(IReadOnlyList<ReadOnlyMemory<byte>> entries)
    {
        Preconditions.CheckNotNull(entries, nameof(entries));
        Preconditions.CheckRange(entries.Count, 1, Tile.FullWidth, nameof(entries));
        var length = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Length > MaxEntryLength)
            {
                throw new ArgumentException($"entry {i} is {entries[i].Length} bytes; a bundle entry is at most {MaxEntryLength} bytes.", nameof(entries));
            }
            length += 2 + entries[i].Length;
        }
        var bundle = new byte[length];
        var offset = 0;
        foreach (var entry in entries)
        {
            BinaryPrimitives.WriteUInt16BigEndian(bundle.AsSpan(offset), (ushort)entry.Length);
            entry.Span.CopyTo(bundle.AsSpan(offset + 2));
            offset += 2 + entry.Length;
        }
        return bundle;
    }

    /// <summary>Decodes a bundle that must hold exactly <paramref name="tile"/>.Width entries.</summary>
    /// <exception cref="InvalidTileException">The bundle is truncated, too long, or holds the wrong number of entries.</exception>
    public static IReadOnlyList<byte[]> Decode(ReadOnlySpan<byte> bundle, Tile tile)
    {
        var path = tile.EntriesPath;
        var entries = new List<byte[]>(tile.Width);
        var offset = 0;
        while (offset < bundle.Length)
        {
            if (entries.Count == tile.Width)
            {
                throw new InvalidTileException(path, $"{bundle.Length - offset} bytes follow the {tile.Width} entries the bundle should hold");
            }
            if (bundle.Length - offset < 2)
            {
                throw new InvalidTileException(path, $"entry {entries.Count} (leaf {tile.Index * Tile.FullWidth + entries.Count}) is truncated in its length prefix at byte {offset}");
            }
            int length = BinaryPrimitives.ReadUInt16BigEndian(bundle[offset..]);
            if (bundle.Length - offset - 2 < length)
            {
                throw new InvalidTileException(path, $"entry {entries.Count} (leaf {tile.Index * Tile.FullWidth + entries.Count}) claims {length} bytes but only {bundle.Length - offset - 2} remain");
            }
            entries.Add(bundle.Slice(offset + 2, length).ToArray());
            offset += 2 + length;
        }
        if (entries.Count != tile.Width)
        {
            throw new InvalidTileException(path, $"the bundle holds {entries.Count} entries; it should hold {tile.Width}");
        }
        return entries;
    }
}
