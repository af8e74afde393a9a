using Npgsql;

namespace Parley.Store.Postgres;

public sealed partial class PostgresEventLog
{
    /// <summary>
    /// Sets to NULL the private parts and salts of the events of <paramref name="exchange"/> before
    /// <paramref name="erasure"/>, inside the append's transaction: the trigger allows exactly this once the
    /// <c>exchange.erased</c> event is in (PostgresSchema, version 2); and deletes every state snapshot, which holds the
    /// lists' personal data, under the snapshot lock, so that no node's snapshot of a state before the erasure is
    /// committed after it (PostgresEventLog.Snapshots.cs). Returns the number of events erased.
    /// </summary>
    private int ErasePrivateParts(NpgsqlTransaction transaction, string exchange, long erasure)
    {
        Execute(_connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresSchema.SnapshotLockKey});");
        Snapshots.SnapshotTable.DeleteAll(_connection, transaction);
        using var command = new NpgsqlCommand("""
            UPDATE events SET private = NULL, salt = NULL
            WHERE seq < @erasure AND (private IS NOT NULL OR salt IS NOT NULL)
              AND convert_from(public, 'UTF8')::jsonb ->> 'exchange' = @exchange
            """, _connection, transaction);
        command.Parameters.AddWithValue("erasure", erasure);
        command.Parameters.AddWithValue("exchange", exchange);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// Rewrites the events table so the old row versions that held the erased data are gone from its files (an UPDATE
    /// leaves them behind until vacuumed). Backups and WAL archives made before the erasure are outside the database:
    /// docs/operations.md says what to do with them. VACUUM cannot run in a transaction, so the append lock is taken for
    /// the session around it: no node appends while the table is rewritten.
    /// </summary>
    private protected override void Scrub()
    {
        Execute(_connection, null, $"SELECT pg_advisory_lock({PostgresSchema.AppendLockKey})");
        try
        {
            Execute(_connection, null, "VACUUM FULL events");
            // The deleted snapshots' rows (and their TOAST) too.
            Execute(_connection, null, "VACUUM FULL snapshots");
        }
        finally
        {
            Execute(_connection, null, $"SELECT pg_advisory_unlock({PostgresSchema.AppendLockKey})");
        }
    }
}
