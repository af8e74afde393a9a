using System.Data.Common;
using Parley.Ledger.Merkle;
using Parley.Store.PublicRecord;

namespace Parley.Store.Snapshots;

/// <summary>
/// The <c>snapshots</c> table, beside the projections: state snapshots by log version (the sequence number of the last
/// event they hold), each with its format and the Merkle root of the log at that size, which binds it to this log. Like
/// the projections it is derived data: deleting every row loses nothing but start-up time. The statements are the same
/// on SQLite and PostgreSQL; each log runs them in its own transactions (<c>SqliteEventLog.Snapshots.cs</c>,
/// <c>PostgresEventLog.Snapshots.cs</c>).
/// </summary>
internal static class SnapshotTable
{
    /// <summary>How many snapshots are kept: the newest, and the one before it should the newest not read.</summary>
    public const int Kept = 2;

    private const string LastErasure = "SELECT COALESCE(MAX(seq), 0) FROM events WHERE type = 'exchange.erased'";

    /// <summary>The newest snapshot, with this log's root at its size and the last erasure; null when there is none.</summary>
    public static StoredSnapshot? ReadNewest(DbConnection connection, DbTransaction? transaction, long lastSequence)
    {
        long version, createdAt;
        int format;
        byte[] root, body;
        using (var command = Command(connection, transaction, "SELECT version, format, root, body, created_at FROM snapshots ORDER BY version DESC LIMIT 1;"))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }
            version = reader.GetInt64(0);
            format = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            root = reader.GetFieldValue<byte[]>(2);
            body = reader.GetFieldValue<byte[]>(3);
            createdAt = reader.GetInt64(4);
        }
        return new StoredSnapshot(version, format, root, body, createdAt, RootAt(connection, transaction, version, lastSequence), Scalar(connection, transaction, LastErasure));
    }

    /// <summary>
    /// Stores a snapshot of the state at <paramref name="version"/>, replacing one of the same version (which its writer
    /// could not use, or it would not write again), unless a newer one of the same format is stored, or an erasure came
    /// after it (its personal data would outlive the erasure); keeps the newest <see cref="Kept"/>, and drops any beyond
    /// the end of the log, which cannot be this log's. Returns whether it was stored. Must run in a write transaction that
    /// no erasure can commit beside.
    /// </summary>
    public static bool Insert(DbConnection connection, DbTransaction transaction, long version, int format, byte[] body, long createdAt)
    {
        var lastSequence = Scalar(connection, transaction, "SELECT COALESCE(MAX(seq), 0) FROM events");
        Execute(connection, transaction, "DELETE FROM snapshots WHERE version > @last;", ("@last", lastSequence));
        if (RootAt(connection, transaction, version, lastSequence) is not { } root
            || Scalar(connection, transaction, LastErasure) > version
            || Scalar(connection, transaction, $"SELECT count(*) FROM snapshots WHERE version > {version} AND format = {format}") > 0)
        {
            return false;
        }
        Execute(connection, transaction, "DELETE FROM snapshots WHERE version = @version;", ("@version", version));
        Execute(connection, transaction, "INSERT INTO snapshots(version, format, root, body, created_at) VALUES(@version, @format, @root, @body, @createdAt);",
            ("@version", version), ("@format", format), ("@root", root), ("@body", body), ("@createdAt", createdAt));
        Execute(connection, transaction, $"DELETE FROM snapshots WHERE version NOT IN (SELECT version FROM snapshots ORDER BY version DESC LIMIT {Kept});");
        return true;
    }

    /// <summary>Deletes every snapshot: what an erasure does in its own transaction, since each may hold the erased data.</summary>
    public static int DeleteAll(DbConnection connection, DbTransaction transaction)
    {
        using var command = Command(connection, transaction, "DELETE FROM snapshots;");
        return command.ExecuteNonQuery();
    }

    /// <summary>The Merkle root of the first <paramref name="size"/> events, or null when the log or its tree is shorter.</summary>
    private static byte[]? RootAt(DbConnection connection, DbTransaction? transaction, long size, long lastSequence)
    {
        if (size < 1 || size > lastSequence)
        {
            return null;
        }
        using var hashes = new TileHashReader(connection) { Transaction = transaction };
        try
        {
            return new MerkleTree(hashes).RootAt(size).ToArray();
        }
        catch (Parley.Ledger.LedgerException)
        {
            // Events not yet in the tree (a log without its public record): nothing to bind a snapshot to.
            return null;
        }
    }

    private static long Scalar(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return RecordSql.Long(command.ExecuteScalar());
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (name, value) in parameters)
        {
            RecordSql.Add(command, name, value);
        }
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
