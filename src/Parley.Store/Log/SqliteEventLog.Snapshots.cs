using Microsoft.Data.Sqlite;
using Parley.Store.Snapshots;

namespace Parley.Store;

public sealed partial class SqliteEventLog
{
    /// <inheritdoc/>
    public StoredSnapshot? ReadNewestSnapshot()
    {
        lock (Gate)
        {
            ThrowIfDisposed();
            try
            {
                using var transaction = _connection.BeginTransaction(deferred: true);
                var lastSequence = Scalar(_connection, "SELECT COALESCE(MAX(seq), 0) FROM events;");
                return SnapshotTable.ReadNewest(_connection, transaction, lastSequence);
            }
            catch (SqliteException e) when (SqliteErrors.IsMapped(e))
            {
                throw Map(e);
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
                // IMMEDIATE: the checks and the insert under the write lock, so no erasure commits between them.
                using var transaction = _connection.BeginTransaction(deferred: false);
                var stored = SnapshotTable.Insert(_connection, transaction, version, format, body, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                transaction.Commit();
                return stored;
            }
            catch (SqliteException e) when (SqliteErrors.IsMapped(e))
            {
                throw Map(e);
            }
        }
    }
}
