using System.Data;
using System.Data.Common;
using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Store.PublicRecord;

/// <summary>
/// Reads complete-subtree hashes from the <c>merkle_tiles</c> table, which holds the tree as tlog tiles
/// (https://c2sp.org/tlog-tiles): tile level l, index N → the hashes at Merkle level 8·l, indexes N·256 … N·256+255.
/// A subtree at level 8·l + r is folded from the 2^r hashes under it in one tile, so any root or proof reads at most two
/// tiles per tile level: O(log n) rows. Full tiles never change and are cached. Not thread-safe. The same statements on
/// SQLite and PostgreSQL (RecordDatabase).
/// </summary>
internal sealed class TileHashReader : IHashReader, IDisposable
{
    private const int CacheLimit = 4096;
    private readonly DbCommand _select;
    private readonly DbParameter _level;
    private readonly DbParameter _index;
    private readonly Dictionary<(int Level, long Index), byte[]> _fullTiles = [];

    private readonly Dictionary<(int Level, long Index), byte[]> _innerRows = [];
    private readonly Dictionary<NodeId, Hash> _folded = [];
    private readonly DbCommand _selectInner;
    private readonly DbParameter _innerLevel;
    private readonly DbParameter _innerIndex;
    private readonly DbCommand _leafHashes;
    private readonly DbParameter _from;
    private readonly DbParameter _to;

    public TileHashReader(DbConnection connection)
    {
        _select = RecordSql.Command(connection, "SELECT hashes FROM merkle_tiles WHERE level = @level AND idx = @idx;", ("@level", DbType.Int32), ("@idx", DbType.Int64));
        _level = _select.Parameters[0];
        _index = _select.Parameters[1];
        _selectInner = RecordSql.Command(connection, "SELECT hashes FROM merkle_inner WHERE level = @level AND idx = @idx;", ("@level", DbType.Int32), ("@idx", DbType.Int64));
        _innerLevel = _selectInner.Parameters[0];
        _innerIndex = _selectInner.Parameters[1];
        _leafHashes = RecordSql.Command(connection, "SELECT leaf_hash FROM events WHERE seq BETWEEN @from AND @to AND leaf_hash IS NOT NULL ORDER BY seq;", ("@from", DbType.Int64), ("@to", DbType.Int64));
        _from = _leafHashes.Parameters[0];
        _to = _leafHashes.Parameters[1];
    }

    /// <summary>The transaction reads run in (the writer reads inside its own), or null.</summary>
    public DbTransaction? Transaction
    {
        get => _select.Transaction;
        set
        {
            _select.Transaction = value;
            _selectInner.Transaction = value;
            _leafHashes.Transaction = value;
        }
    }

    public Hash ReadHash(int level, long index)
    {
        Span<Hash> one = stackalloc Hash[1];
        ReadHashes([new NodeId(level, index)], one);
        return one[0];
    }

    public void ReadHashes(ReadOnlySpan<NodeId> nodes, Span<Hash> destination)
    {
        if (destination.Length < nodes.Length)
        {
            throw new ArgumentException($"destination must have room for {nodes.Length} hashes; it has {destination.Length}.", nameof(destination));
        }
        Span<Hash> scratch = stackalloc Hash[128];
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            var tileLevel = node.Level / Tile.Height;
            var below = node.Level % Tile.Height;
            var first = node.Index << below;
            var tile = ReadTileRow(tileLevel, first / Tile.FullWidth);
            var position = (int)(first % Tile.FullWidth);
            var count = 1 << below;
            if (tile is null || tile.Length < (position + count) * Hash.Size)
            {
                throw new MissingSubtreeHashException(node, "the database's Merkle tiles do not hold it (yet)");
            }
            if (count == 1)
            {
                destination[i] = new Hash(tile.AsSpan(position * Hash.Size, Hash.Size));
                continue;
            }
            if (tile.Length == Tile.FullWidth * Hash.Size && ReadInnerRow(tileLevel, first / Tile.FullWidth) is { } inner)
            {
                var offset = InnerHashes.Offset(below, node.Index % (Tile.FullWidth >> below)) * Hash.Size;
                destination[i] = new Hash(inner.AsSpan(offset, Hash.Size));
                continue;
            }
            // Folded from a partial tile (the right edge, on nearly every proof). A complete subtree's hash never
            // changes, so it is remembered.
            if (_folded.TryGetValue(node, out var known))
            {
                destination[i] = known;
                continue;
            }
            for (var j = 0; j < count / 2; j++)
            {
                var offset = (position + 2 * j) * Hash.Size;
                scratch[j] = MerkleHash.NodeHash(new Hash(tile.AsSpan(offset, Hash.Size)), new Hash(tile.AsSpan(offset + Hash.Size, Hash.Size)));
            }
            for (var width = count / 2; width > 1; width /= 2)
            {
                for (var j = 0; j < width / 2; j++)
                {
                    scratch[j] = MerkleHash.NodeHash(scratch[2 * j], scratch[2 * j + 1]);
                }
            }
            destination[i] = scratch[0];
            if (_folded.Count >= CacheLimit)
            {
                _folded.Clear();
            }
            _folded[node] = scratch[0];
        }
    }

    /// <summary>The stored bytes of tile (level, index): full or as wide as the tree is; null when absent.</summary>
    public byte[]? ReadTileRow(int level, long index)
    {
        if (_fullTiles.TryGetValue((level, index), out var cached))
        {
            return cached;
        }
        _level.Value = level;
        _index.Value = index;
        var bytes = _select.ExecuteScalar() as byte[];
        if (bytes is null && level == 0)
        {
            // Level-0 tiles are stored once full; the partial one is the leaf hashes in the event rows (one range read).
            bytes = PartialLeafTile(index);
        }
        if (bytes is { Length: Tile.FullWidth * Hash.Size })
        {
            // Level-0 tiles are many (n/256) and churn; higher ones are few (n/65536) and on every proof path: keep those.
            if (level == 0 && _fullTiles.Count >= CacheLimit)
            {
                foreach (var key in _fullTiles.Keys.Where(k => k.Level == 0).ToList())
                {
                    _fullTiles.Remove(key);
                }
            }
            _fullTiles[(level, index)] = bytes;
        }
        return bytes;
    }

    /// <summary>The inner hashes of a full tile (merkle_inner); null when not stored.</summary>
    private byte[]? ReadInnerRow(int level, long index)
    {
        if (_innerRows.TryGetValue((level, index), out var cached))
        {
            return cached;
        }
        _innerLevel.Value = level;
        _innerIndex.Value = index;
        var bytes = _selectInner.ExecuteScalar() as byte[];
        if (bytes is { Length: InnerHashes.ByteLength })
        {
            if (level == 0 && _innerRows.Count >= CacheLimit)
            {
                foreach (var key in _innerRows.Keys.Where(k => k.Level == 0).ToList())
                {
                    _innerRows.Remove(key);
                }
            }
            _innerRows[(level, index)] = bytes;
            return bytes;
        }
        return null;
    }

    private byte[]? PartialLeafTile(long index)
    {
        _from.Value = index * Tile.FullWidth + 1;
        _to.Value = (index + 1) * Tile.FullWidth;
        using var stream = new MemoryStream(Tile.FullWidth * Hash.Size);
        using (var reader = _leafHashes.ExecuteReader())
        {
            while (reader.Read())
            {
                stream.Write((byte[])reader[0]);
            }
        }
        return stream.Length == 0 ? null : stream.ToArray();
    }

    public void Dispose()
    {
        _select.Dispose();
        _selectInner.Dispose();
        _leafHashes.Dispose();
    }
}
