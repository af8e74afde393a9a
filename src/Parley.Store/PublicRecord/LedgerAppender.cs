using System.Data;
using System.Data.Common;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Ledger.Tiles;

namespace Parley.Store.PublicRecord;

/// <summary>
/// Extends the public record inside every append transaction of the event log: seals each event (a fresh salt and the
/// commitment to its private part, the submitter's signature), hashes its leaf (Parley.Ledger.Records.EventLeaf), adds
/// it to the RFC 9162 tree, writes the tiles that completed or changed, and signs a C2SP checkpoint for the new size
/// (https://c2sp.org/tlog-checkpoint). The seals and leaf hashes go into the event rows; level-0 tiles are written once
/// full (the partial one is read back from the rows), higher tiles whenever they change. The hashing, the tree and the
/// signature of a batch run on another thread while the log inserts its rows (<see cref="BatchSeals"/>); the tile rows and
/// checkpoint they produce are written just before the commit. If the transaction rolls back, the in-memory tree is
/// reloaded from the database before the next append. One implementation for both stores: the statements are shared
/// ADO.NET text (RecordDatabase), run on the log's own connection inside its transaction.
/// </summary>
internal sealed class LedgerAppender : IAppendLedger, IDisposable
{
    private const int TileLevels = 8;
    private readonly NoteSigner _signer;
    private readonly string _origin;
    private readonly TileHashReader _reader;
    private readonly DbCommand _upsertTile;
    private readonly DbCommand _insertCheckpoint;
    private readonly DbCommand _treeSize;
    private readonly DbCommand _selectUnsealed;
    private readonly DbCommand _sealRow;
    private readonly DbCommand _selectLeaves;
    private readonly DbCommand[] _all;
    private readonly List<Hash>[] _tiles = Enumerable.Range(0, TileLevels).Select(_ => new List<Hash>(Tile.FullWidth)).ToArray();
    private readonly bool[] _dirty = new bool[TileLevels];
    private readonly byte[][] _inner = Enumerable.Range(0, TileLevels).Select(_ => new byte[InnerHashes.ByteLength]).ToArray();
    private readonly List<(int Level, long Index)> _fullTiles = [];
    private readonly DbCommand _insertInner;
    private readonly List<SubtreeHash> _completed = [];
    private MerkleTreeBuilder _builder = new();
    private readonly List<PendingWrite> _pendingWrites = [];
    private bool _stale = true;
    private BatchSeals? _batch;
    private string? _checkpointNote;
    private long _checkpointSize;

    public LedgerAppender(DbConnection connection, NoteSigner signer, string origin)
    {
        _signer = signer;
        _origin = origin;
        _reader = new TileHashReader(connection);
        _upsertTile = RecordSql.Command(connection, "INSERT INTO merkle_tiles(level, idx, hashes) VALUES(@level, @idx, @hashes) ON CONFLICT(level, idx) DO UPDATE SET hashes = excluded.hashes;",
            ("@level", DbType.Int32), ("@idx", DbType.Int64), ("@hashes", DbType.Binary));
        _insertInner = RecordSql.Command(connection, "INSERT INTO merkle_inner(level, idx, hashes) VALUES(@level, @idx, @hashes) ON CONFLICT(level, idx) DO UPDATE SET hashes = excluded.hashes;",
            ("@level", DbType.Int32), ("@idx", DbType.Int64), ("@hashes", DbType.Binary));
        _insertCheckpoint = RecordSql.Command(connection, "INSERT INTO checkpoints(size, note, created_at) VALUES(@size, @note, @at);",
            ("@size", DbType.Int64), ("@note", DbType.String), ("@at", DbType.Int64));
        _treeSize = RecordSql.Command(connection, "SELECT COALESCE(MAX(size), 0) FROM checkpoints;");
        _selectUnsealed = RecordSql.Command(connection, "SELECT seq, type, recorded_at, public, private FROM events WHERE seq BETWEEN @from AND @to ORDER BY seq;",
            ("@from", DbType.Int64), ("@to", DbType.Int64));
        _sealRow = RecordSql.Command(connection, "UPDATE events SET salt = @salt, commitment = @commitment, leaf_hash = @leaf WHERE seq = @seq AND leaf_hash IS NULL;",
            ("@salt", DbType.Binary), ("@commitment", DbType.Binary), ("@leaf", DbType.Binary), ("@seq", DbType.Int64));
        _selectLeaves = RecordSql.Command(connection, "SELECT leaf_hash FROM events WHERE seq > @from AND seq <= @to ORDER BY seq;",
            ("@from", DbType.Int64), ("@to", DbType.Int64));
        _all = [_upsertTile, _insertInner, _insertCheckpoint, _treeSize, _selectUnsealed, _sealRow, _selectLeaves];
    }

    public BatchSeals Seal(DbTransaction transaction, long firstSequence, IReadOnlyList<EventToAppend> events)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
        _reader.Transaction = transaction;
        // Another writer (another process) may have extended the tree since: the stored size is the truth.
        var stored = _stale ? -1 : RecordSql.Long(_treeSize.ExecuteScalar());
        if (stored != _builder.Size && !(stored > _builder.Size && TryFollow(_builder.Size, stored)))
        {
            Load();
        }
        var before = _builder.Size;
        if (firstSequence > before + 1)
        {
            CatchUp(before + 1, firstSequence - 1);
        }
        else if (firstSequence <= before)
        {
            throw new InvalidOperationException($"the Merkle tree already holds {before} leaves but events are being appended from sequence {firstSequence}; the public record is out of step with the log.");
        }
        // From here on only memory is touched until BeforeCommit: the seals (salt, commitment, leaf hash) are computed
        // on another thread, and by this one when it gets ahead, while the log inserts the rows; then the tree is
        // extended and the checkpoint signed (BatchSeals).
        // One draw from the random generator for the whole batch: a fresh 32-byte salt per private part.
        var salts = new byte[events.Count * Commitment.SaltSize];
        System.Security.Cryptography.RandomNumberGenerator.Fill(salts);
        _batch = BatchSeals.Start(
            events.Count,
            i =>
            {
                var e = events[i];
                var salt = e.Salt ?? (e.Private is null ? null : salts.AsSpan(i * Commitment.SaltSize, Commitment.SaltSize).ToArray());
                return SealEvent(firstSequence + i, e.Type, e.RecordedAtUnixMs, e.Public, e.Private, salt, e.Signature);
            },
            seals => ExtendTree(seals, before));
        return _batch;
    }

    /// <summary>The ordered part of a batch: its leaves appended to the tree, then the changed tiles and the signed checkpoint.</summary>
    private void ExtendTree(IReadOnlyList<EventSeal> seals, long before)
    {
        foreach (var seal in seals)
        {
            AppendLeaf(new Hash(seal.LeafHash));
        }
        if (_builder.Size != before)
        {
            FlushTiles();
            _checkpointSize = _builder.Size;
            _checkpointNote = new Checkpoint(_origin, _builder.Size, _builder.Root).Sign(_signer).Format();
        }
    }

    public void BeforeCommit()
    {
        TakeBatch()?.Wait();
        foreach (var write in _pendingWrites)
        {
            write.Command.Parameters[0].Value = write.Level;
            write.Command.Parameters[1].Value = write.Index;
            write.Command.Parameters[2].Value = write.Hashes;
            write.Command.ExecuteNonQuery();
        }
        _pendingWrites.Clear();
        if (_checkpointNote is { } note)
        {
            _checkpointNote = null;
            _insertCheckpoint.Parameters[0].Value = _checkpointSize;
            _insertCheckpoint.Parameters[1].Value = note;
            _insertCheckpoint.Parameters[2].Value = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            _insertCheckpoint.ExecuteNonQuery();
        }
    }

    public void Committed()
    {
    }

    public void RolledBack()
    {
        _stale = true;
        DropBatch();
    }

    /// <summary>Drops what a batch that did not commit computed, once its work is over (the tree is then idle).</summary>
    private void DropBatch()
    {
        try
        {
            TakeBatch()?.Wait();
        }
        catch (Exception)
        {
            // The transaction already failed or the store is closing; the dropped batch's own error adds nothing.
        }
        _pendingWrites.Clear();
        _checkpointNote = null;
    }

    private BatchSeals? TakeBatch()
    {
        var batch = _batch;
        _batch = null;
        return batch;
    }

    private void Load()
    {
        var size = RecordSql.Long(_treeSize.ExecuteScalar());
        _builder = MerkleTreeBuilder.Resume(size, _reader);
        for (var level = 0; level < TileLevels; level++)
        {
            _tiles[level].Clear();
            _dirty[level] = false;
            var count = size >> (level * Tile.Height);
            var width = (int)(count % Tile.FullWidth);
            if (width == 0)
            {
                continue;
            }
            var row = _reader.ReadTileRow(level, count / Tile.FullWidth);
            if (row is null || row.Length < width * Hash.Size)
            {
                throw new InvalidOperationException($"the database's Merkle tiles lack tile {level}/{count / Tile.FullWidth} (width {width}) for a tree of size {size}.");
            }
            for (var i = 0; i < width; i++)
            {
                _tiles[level].Add(new Hash(row.AsSpan(i * Hash.Size, Hash.Size)));
            }
            InnerHashes.Compute(_tiles[level], _inner[level]);
        }
        _stale = false;
    }

    /// <summary>
    /// Appends to the tree in memory the leaves another writer (another node) added after <paramref name="from"/>, reading
    /// one column of their rows instead of reloading every partial tile: with several nodes writing in turn, most batches
    /// follow another's. The tiles those leaves changed were written by that writer, so none is written again. False when a
    /// row has no leaf hash (then the tree is loaded from its tiles).
    /// </summary>
    private bool TryFollow(long from, long to)
    {
        _selectLeaves.Parameters[0].Value = from;
        _selectLeaves.Parameters[1].Value = to;
        var leaves = new List<Hash>((int)Math.Min(to - from, 65_536));
        using (var reader = _selectLeaves.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.IsDBNull(0))
                {
                    return false;
                }
                leaves.Add(new Hash((byte[])reader[0]));
            }
        }
        if (leaves.Count != to - from)
        {
            return false;
        }
        foreach (var leaf in leaves)
        {
            AppendLeaf(leaf);
        }
        _pendingWrites.Clear();
        Array.Clear(_dirty);
        return true;
    }

    /// <summary>Seals and hashes events the log holds but the tree does not (appended before the ledger was attached).</summary>
    private void CatchUp(long from, long to)
    {
        _selectUnsealed.Parameters[0].Value = from;
        _selectUnsealed.Parameters[1].Value = to;
        var rows = new List<(long Seq, string Type, long At, byte[] Public, byte[]? Private)>();
        using (var reader = _selectUnsealed.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), (byte[])reader[3], reader.IsDBNull(4) ? null : (byte[])reader[4]));
            }
        }
        foreach (var row in rows)
        {
            var seal = SealEvent(row.Seq, row.Type, row.At, row.Public, row.Private, null, null);
            AppendLeaf(new Hash(seal.LeafHash));
            _sealRow.Parameters[0].Value = (object?)seal.Salt ?? DBNull.Value;
            _sealRow.Parameters[1].Value = (object?)seal.Commitment ?? DBNull.Value;
            _sealRow.Parameters[2].Value = seal.LeafHash;
            _sealRow.Parameters[3].Value = row.Seq;
            _sealRow.ExecuteNonQuery();
        }
    }

    /// <summary>An event's seal: its salt and the commitment to its private part, and its leaf hash. Pure; any thread.</summary>
    private static EventSeal SealEvent(long sequence, string type, long recordedAt, byte[] publicPart, byte[]? privatePart, byte[]? salt, LeafSignature? signature)
    {
        Hash? commitment = null;
        if (privatePart is not null)
        {
            salt ??= Commitment.NewSalt();
            commitment = Commitment.Compute(salt, privatePart);
        }
        else
        {
            salt = null;
        }
        var leafHash = EventLeaf.ComputeLeafHash(sequence, type, recordedAt, publicPart, commitment, signature);
        return new EventSeal(salt, commitment?.ToArray(), signature?.KeyId, signature?.Signature.ToArray(), leafHash.ToArray());
    }

    /// <summary>Appends a leaf to the tree and keeps the tiles it completes or changes (written at <see cref="BeforeCommit"/>).</summary>
    private void AppendLeaf(Hash leafHash)
    {
        _completed.Clear();
        _builder.Append(leafHash, _completed);
        foreach (var subtree in _completed)
        {
            var level = subtree.Level / Tile.Height;
            var r = subtree.Level % Tile.Height;
            if (level >= TileLevels)
            {
                continue;
            }
            if (r != 0)
            {
                subtree.Hash.CopyTo(_inner[level].AsSpan(InnerHashes.Offset(r, subtree.Index % (Tile.FullWidth >> r)) * Hash.Size));
                continue;
            }
            var tile = _tiles[level];
            tile.Add(subtree.Hash);
            _dirty[level] = true;
            if (tile.Count == Tile.FullWidth)
            {
                WriteTile(level, subtree.Index / Tile.FullWidth, tile);
                _fullTiles.Add((level, subtree.Index / Tile.FullWidth));
                tile.Clear();
                _dirty[level] = false;
            }
        }
        // A full tile's inner hashes are all complete once this leaf's whole list is through.
        foreach (var (level, index) in _fullTiles)
        {
            _pendingWrites.Add(new PendingWrite(_insertInner, level, index, _inner[level].ToArray()));
            Array.Clear(_inner[level]);
        }
        _fullTiles.Clear();
    }

    /// <summary>Writes the partial tiles that changed, above level 0 (the partial level-0 tile is the rows' leaf hashes).</summary>
    private void FlushTiles()
    {
        for (var level = 1; level < TileLevels; level++)
        {
            if (_dirty[level] && _tiles[level].Count > 0)
            {
                WriteTile(level, (_builder.Size >> (level * Tile.Height)) / Tile.FullWidth, _tiles[level]);
            }
            _dirty[level] = false;
        }
        _dirty[0] = false;
    }

    private void WriteTile(int level, long index, List<Hash> hashes)
    {
        var bytes = new byte[hashes.Count * Hash.Size];
        for (var i = 0; i < hashes.Count; i++)
        {
            hashes[i].CopyTo(bytes.AsSpan(i * Hash.Size));
        }
        _pendingWrites.Add(new PendingWrite(_upsertTile, level, index, bytes));
    }

    /// <summary>A tile row computed while the rows went in, written at <see cref="BeforeCommit"/> (one connection, one thread).</summary>
    private sealed record PendingWrite(DbCommand Command, int Level, long Index, byte[] Hashes);

    public void Dispose()
    {
        DropBatch();
        foreach (var command in _all)
        {
            command.Dispose();
        }
        _reader.Dispose();
        _signer.Dispose();
    }
}
