using Npgsql;
using Parley.Store.Snapshots;

namespace Parley.Store.Postgres;

public sealed partial class PostgresEventLog
{
    /// <inheritdoc/>
    public StoredSnapshot? ReadNewestSnapshot()
    {
        lock (Gate)
        {
            ThrowIfDisposed();
            try
            {
                using var transaction = _connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
                var lastSequence = Scalar(_connection, transaction, "SELECT COALESCE(MAX(seq), 0) FROM events;");
                return SnapshotTable.ReadNewest(_connection, transaction, lastSequence);
            }
            catch (NpgsqlException e) when (PostgresErrors.Map(e, Location) is { } mapped)
            {
                throw mapped;
            }
        }
    }

    /// <inheritdoc/>
    public bool WriteSnapshot(long version, int format, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        lock (Gate)
        {
            ThrowIfDisposed();
            try
            {
                // Nodes write their snapshots side by side (the shared lock; the newest wins, an older one is not stored);
                // an erasure takes the lock alone, so a snapshot from before it either commits first (and is deleted by it)
                // or sees it and is not stored.
                using var transaction = _connection.BeginTransaction();
                Execute(_connection, transaction, $"SELECT pg_advisory_xact_lock_shared({PostgresSchema.SnapshotLockKey});");
                Execute(_connection, transaction, "LOCK TABLE snapshots IN SHARE ROW EXCLUSIVE MODE;");
                var stored = SnapshotTable.Insert(_connection, transaction, version, format, body, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                transaction.Commit();
                return stored;
            }
            catch (NpgsqlException e) when (PostgresErrors.Map(e, Location) is { } mapped)
            {
                throw mapped;
            }
        }
    }
}
