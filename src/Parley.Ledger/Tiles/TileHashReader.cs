using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tiles;

/// <summary>
/// Answers <see cref="IHashReader"/> from tlog tiles of a tree of known size, so that an outside verifier
/// can recompute roots and proofs from downloaded tiles. A subtree at Merkle level 8·l is read straight
/// from a tile at tile level l; one at level 8·l + r (r in 1..7) is hashed from the 2^r hashes under it in
/// that tile. Tiles are fetched through the caller's function (no I/O here) and cached.
/// Not thread-safe.
/// </summary>
public sealed class TileHashReader : IHashReader
{
    private readonly Func<Tile, ReadOnlyMemory<byte>> _fetch;
    private readonly Dictionary<Tile, ReadOnlyMemory<byte>> _cache = [];

    /// <param name="treeSize">The size of the tree the tiles belong to (from a verified checkpoint).</param>
    /// <param name="fetchTile">Returns the content of a tile; it may throw if the tile is unavailable.</param>
    public TileHashReader(long treeSize, Func<Tile, ReadOnlyMemory<byte>> fetchTile)
    {
        TreeSize = Preconditions.CheckNonNegative(treeSize, nameof(treeSize));
        _fetch = Preconditions.CheckNotNull(fetchTile, nameof(fetchTile));
    }

    public long TreeSize { get; }

    public Hash ReadHash(int level, long index)
    {
        var node = new NodeId(level, index);
        if (node.EndLeaf > TreeSize)
        {
            throw new MissingSubtreeHashException(node, $"the subtree is not complete in a tree of size {TreeSize}");
        }
        var tileLevel = level / Tile.Height;
        var below = level % Tile.Height;
        var first = index << below;
        var tile = TileLayout.TileContaining(tileLevel, first, TreeSize);
        var content = Load(tile).Span;
        var position = (int)(first - tile.Index * Tile.FullWidth);
        var count = 1 << below;
        Span<Hash> hashes = new Hash[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = new Hash(content.Slice((position + i) * Hash.Size, Hash.Size));
        }
        for (var width = count; width > 1; width /= 2)
        {
            for (var i = 0; i < width / 2; i++)
            {
                hashes[i] = MerkleHash.NodeHash(hashes[2 * i], hashes[2 * i + 1]);
            }
        }
        return hashes[0];
    }

    private ReadOnlyMemory<byte> Load(Tile tile)
    {
        if (_cache.TryGetValue(tile, out var content))
        {
            return content;
        }
        content = _fetch(tile);
        if (content.Length != tile.ByteLength)
        {
            throw new InvalidTileException(tile.Path, $"a tile of width {tile.Width} must be {tile.ByteLength} bytes; got {content.Length}");
        }
        _cache[tile] = content;
        return content;
    }
}
