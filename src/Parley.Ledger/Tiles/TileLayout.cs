using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tiles;

/// <summary>
/// Which tiles a tree has, per C2SP tlog-tiles (https://c2sp.org/tlog-tiles): at tile level l the tree
/// of size s has floor(s / 256^(l+1)) full tiles and, if floor(s / 256^l) mod 256 is not zero, one
/// partial tile of that width. Tile level l holds the hashes of Merkle level 8·l.
/// </summary>
public static class TileLayout
{
    /// <summary>Every tile (full and partial, all levels) of a tree of <paramref name="size"/> leaves, lowest level first.</summary>
    public static IReadOnlyList<Tile> TilesFor(long size) => TilesBetween(0, size);

    /// <summary>
    /// The tiles of the tree of <paramref name="newSize"/> that a tree of <paramref name="oldSize"/>
    /// did not have at that width: new tiles and grown partial tiles (for incremental publishing).
    /// </summary>
    public static IReadOnlyList<Tile> TilesBetween(long oldSize, long newSize)
    {
        Preconditions.CheckNonNegative(oldSize, nameof(oldSize));
        Preconditions.CheckArgument(oldSize <= newSize, nameof(oldSize), $"oldSize must not exceed newSize; got {oldSize} and {newSize}.");
        var tiles = new List<Tile>();
        for (var level = 0; level * Tile.Height < 63; level++)
        {
            var newCount = newSize >> (level * Tile.Height);
            if (newCount == 0)
            {
                break;
            }
            var oldCount = oldSize >> (level * Tile.Height);
            var lastTile = (newCount - 1) / Tile.FullWidth;
            for (var n = oldCount / Tile.FullWidth; n <= lastTile; n++)
            {
                var newWidth = (int)Math.Min(Tile.FullWidth, newCount - n * Tile.FullWidth);
                var oldWidth = (int)Math.Clamp(oldCount - n * Tile.FullWidth, 0, Tile.FullWidth);
                if (newWidth > oldWidth)
                {
                    tiles.Add(new Tile(level, n, newWidth));
                }
            }
        }
        return tiles;
    }

    /// <summary>The entry bundles (as their level-0 tiles) new or grown between the two sizes; see <see cref="Tile.EntriesPath"/>.</summary>
    public static IReadOnlyList<Tile> EntryBundlesBetween(long oldSize, long newSize) =>
        TilesBetween(oldSize, newSize).Where(t => t.Level == 0).ToList();

    /// <summary>The tile of a tree of <paramref name="treeSize"/> that holds hash <paramref name="hashIndex"/> at tile level <paramref name="level"/>.</summary>
    public static Tile TileContaining(int level, long hashIndex, long treeSize)
    {
        Preconditions.CheckRange(level, 0, 7, nameof(level));
        var count = treeSize >> (level * Tile.Height);
        if (hashIndex < 0 || hashIndex >= count)
        {
            throw new IndexOutsideTreeException(hashIndex, count);
        }
        var n = hashIndex / Tile.FullWidth;
        return new Tile(level, n, (int)Math.Min(Tile.FullWidth, count - n * Tile.FullWidth));
    }

    /// <summary>The content of <paramref name="tile"/>: its hashes, 32 bytes each, read from the store in one batch.</summary>
    public static byte[] ReadTile(IHashReader reader, Tile tile)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckArgument(tile.Level <= 7, nameof(tile), $"tile level must be at most 7 for trees below 2^63 leaves; got {tile.Level}.");
        var merkleLevel = tile.Level * Tile.Height;
        var nodes = new NodeId[tile.Width];
        for (var i = 0; i < tile.Width; i++)
        {
            nodes[i] = new NodeId(merkleLevel, tile.Index * Tile.FullWidth + i);
        }
        var hashes = new Hash[tile.Width];
        reader.ReadHashes(nodes, hashes);
        var bytes = new byte[tile.ByteLength];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i].CopyTo(bytes.AsSpan(i * Hash.Size));
        }
        return bytes;
    }
}
