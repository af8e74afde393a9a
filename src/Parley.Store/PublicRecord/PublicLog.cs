using System.Data;
using System.Data.Common;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Ledger.Tiles;

namespace Parley.Store.PublicRecord;

/// <summary>
/// The read side of the public record of one database (SQLite or PostgreSQL), on its own connection (on SQLite a
/// read-only one, which in WAL mode never blocks the writer): signed checkpoints, roots, inclusion and consistency proofs (RFC 9162 §2.1.3, §2.1.4), hash tiles and entry
/// bundles in the tlog-tiles layout (https://c2sp.org/tlog-tiles), leaves, and the private parts with their salts.
/// Proofs read O(log n) tile rows. Thread-safe (calls are serialised).
/// </summary>
public sealed partial class PublicLog : IDisposable
{
    private static readonly string ErasureType = Core.Wire.WireTypes.NameOf<Core.Events.ExchangeErased>();

    private readonly Lock _gate = new();
    private readonly DbConnection _connection;
    private readonly RecordDatabase _database;
    private readonly TileHashReader _hashes;
    private readonly MerkleTree _tree;
    private readonly DbCommand _treeSize;

    private PublicLog(DatabaseAddress address, RecordDatabase database, DbConnection connection)
    {
        Address = address;
        _database = database;
        _connection = connection;
        _hashes = new TileHashReader(connection);
        _tree = new MerkleTree(_hashes);
        _treeSize = RecordSql.Command(connection, "SELECT COALESCE(MAX(size), 0) FROM checkpoints;");
        Origin = PublicRecords.StoredOrigin(connection);
    }

    /// <summary>Opens the public record of the database <paramref name="database"/> (a <c>--db</c> value: a file path or a PostgreSQL address) names, for reading.</summary>
    /// <exception cref="DatabaseNotFoundException">There is no database at the path, or no Parley database at the address.</exception>
    public static PublicLog Open(string database) => Open(DatabaseAddress.Parse(database));

    /// <summary>Opens the public record of the database at <paramref name="address"/> for reading.</summary>
    /// <exception cref="DatabaseNotFoundException">There is no database at the address.</exception>
    public static PublicLog Open(DatabaseAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var database = RecordDatabase.For(address);
        var connection = database.OpenReader();
        try
        {
            return new PublicLog(address, database, connection);
        }
        catch (DbException e) when (database.Map(e) is StoreException mapped)
        {
            connection.Dispose();
            throw mapped;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The database, as <c>--db</c> gave it.</summary>
    public DatabaseAddress Address { get; }

    /// <summary>Where the database lives, fit to show a user: a file path, or a PostgreSQL address without its password.</summary>
    public string Path => _database.Location;

    /// <summary>The database's connections and per-store SQL (for <see cref="CosignatureStore"/>).</summary>
    internal RecordDatabase Database => _database;

    /// <summary>The log's origin (first line of its checkpoints); null before the first append.</summary>
    public string? Origin { get; }

    /// <summary>The latest signed checkpoint note, as text; null when nothing was appended yet.</summary>
    public string? LatestCheckpointNote()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1;";
            return command.ExecuteScalar() as string;
        }
    }

    /// <summary>The checkpoint of the latest signed tree head; null when nothing was appended yet.</summary>
    public Checkpoint? LatestCheckpoint() =>
        LatestCheckpointNote() is { } note ? Checkpoint.Parse(Note.Parse(note).Text) : null;

    /// <summary>The signed checkpoint note for exactly <paramref name="size"/> leaves, if one was issued.</summary>
    public string? CheckpointNote(long size)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT note FROM checkpoints WHERE size = @size;";
            RecordSql.Add(command, "@size", size);
            return command.ExecuteScalar() as string;
        }
    }

    /// <summary>The tree size of the latest checkpoint (0 when empty).</summary>
    public long TreeSize
    {
        get
        {
            lock (_gate)
            {
                return RecordSql.Long(_treeSize.ExecuteScalar());
            }
        }
    }

    /// <summary>The RFC 9162 root of the first <paramref name="size"/> leaves.</summary>
    public Hash RootAt(long size)
    {
        CheckSize(size, nameof(size));
        lock (_gate)
        {
            return _tree.RootAt(size);
        }
    }

    /// <summary>The inclusion proof of leaf <paramref name="index"/> (0-based: event sequence − 1) in the tree of <paramref name="size"/> leaves.</summary>
    public IReadOnlyList<Hash> InclusionProof(long index, long size)
    {
        CheckSize(size, nameof(size));
        lock (_gate)
        {
            return _tree.InclusionProof(index, size);
        }
    }

    /// <summary>The consistency proof between tree sizes <paramref name="oldSize"/> and <paramref name="newSize"/>.</summary>
    public IReadOnlyList<Hash> ConsistencyProof(long oldSize, long newSize)
    {
        CheckSize(newSize, nameof(newSize));
        lock (_gate)
        {
            return _tree.ConsistencyProof(oldSize, newSize);
        }
    }

    /// <summary>The bytes of a hash tile (tlog-tiles); the tile must exist in the tree as it stands.</summary>
    public byte[] ReadTile(Tile tile)
    {
        lock (_gate)
        {
            var row = _hashes.ReadTileRow(tile.Level, tile.Index);
            if (row is null || row.Length < tile.ByteLength)
            {
                throw new ArgumentException($"tile {tile.Path} is not (yet) in the log: the database holds {(row?.Length ?? 0) / Hash.Size} hashes for it.", nameof(tile));
            }
            return row.Length == tile.ByteLength ? row : row[..tile.ByteLength];
        }
    }

    /// <summary>The entry bundle of a level-0 tile: the leaf data of its leaves, each with a 2-byte length.</summary>
    public byte[] ReadEntryBundle(Tile tile)
    {
        var leaves = ReadLeaves(tile.Index * Tile.FullWidth + 1, tile.Width);
        return EntryBundle.Encode(leaves.Select(l => (ReadOnlyMemory<byte>)l).ToList());
    }

    /// <summary>The leaf data (EventLeaf encoding) of events <paramref name="firstSequence"/> … +<paramref name="count"/>−1.</summary>
    public IReadOnlyList<byte[]> ReadLeaves(long firstSequence, int count)
    {
        var leaves = new List<byte[]>(count);
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT seq, type, recorded_at, public, commitment, key_id, signature
                FROM events WHERE seq BETWEEN @from AND @to ORDER BY seq;
                """;
            RecordSql.Add(command, "@from", firstSequence);
            RecordSql.Add(command, "@to", firstSequence + count - 1);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var commitment = reader.IsDBNull(4) ? (Hash?)null : new Hash((byte[])reader[4]);
                var signature = reader.IsDBNull(6) ? null : new LeafSignature((uint)reader.GetInt64(5), (byte[])reader[6]);
                leaves.Add(new EventLeaf(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), (byte[])reader[3], commitment, signature).Encode());
            }
        }
        if (leaves.Count != count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"events {firstSequence} to {firstSequence + count - 1} are not all in the log; found {leaves.Count}.");
        }
        return leaves;
    }

    /// <summary>The private part of event <paramref name="sequence"/> with its salt and commitment.</summary>
    /// <exception cref="ArgumentException">The event does not exist or has no private part.</exception>
    public RevealedPart Reveal(long sequence)
    {
        lock (_gate)
        {
            string type;
            byte[]? privatePart, salt, commitment;
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT type, private, salt, commitment FROM events WHERE seq = @seq;";
                RecordSql.Add(command, "@seq", sequence);
                using var reader = command.ExecuteReader();
                if (!reader.Read())
                {
                    throw new ArgumentException($"there is no event {sequence} in {Path}.", nameof(sequence));
                }
                type = reader.GetString(0);
                privatePart = reader.IsDBNull(1) ? null : (byte[])reader[1];
                salt = reader.IsDBNull(2) ? null : (byte[])reader[2];
                commitment = reader.IsDBNull(3) ? null : (byte[])reader[3];
            }
            // The reader is closed first: PostgreSQL runs one command at a time on a connection, and the erasure is looked up with another.
            if (privatePart is null || salt is null || commitment is null)
            {
                if (commitment is not null && FindErasure(sequence) is { } erasure)
                {
                    throw new PrivatePartErasedException(Path, sequence, type, erasure.Sequence, erasure.Event);
                }
                throw new ArgumentException($"event {sequence} ({type}) has no private part.", nameof(sequence));
            }
            return new RevealedPart(sequence, type, privatePart, salt, new Hash(commitment));
        }
    }

    /// <summary>The erasure that removed event <paramref name="sequence"/>'s private part: a later exchange.erased of its exchange.</summary>
    private (long Sequence, Core.Events.ExchangeErased Event)? FindErasure(long sequence)
    {
        // Decoded here rather than with the database's JSON functions: the same query runs on SQLite and PostgreSQL.
        string? exchange;
        using (var erased = _connection.CreateCommand())
        {
            erased.CommandText = "SELECT type, public FROM events WHERE seq = @seq;";
            RecordSql.Add(erased, "@seq", sequence);
            using var reader = erased.ExecuteReader();
            exchange = reader.Read() && Core.Wire.EventCodec.DecodePublic(reader.GetString(0), (byte[])reader[1]) is Core.Events.IExchangeEvent x ? x.Exchange : null;
        }
        if (exchange is null)
        {
            return null;
        }
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT seq, public FROM events WHERE type = @type AND seq > @seq ORDER BY seq;";
        RecordSql.Add(command, "@type", ErasureType);
        RecordSql.Add(command, "@seq", sequence);
        using var erasures = command.ExecuteReader();
        while (erasures.Read())
        {
            var erasure = (Core.Events.ExchangeErased)Core.Wire.EventCodec.DecodePublic(ErasureType, (byte[])erasures[1]);
            if (erasure.Exchange == exchange)
            {
                return (erasures.GetInt64(0), erasure);
            }
        }
        return null;
    }

    private void CheckSize(long size, string name)
    {
        var treeSize = TreeSize;
        if (size > treeSize)
        {
            throw new ArgumentOutOfRangeException(name, size, $"{name} must not exceed the log's signed tree size {treeSize}; got {size}.");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _hashes.Dispose();
            _treeSize.Dispose();
            _connection.Dispose();
        }
    }
}
