using Microsoft.Data.Sqlite;

namespace Parley.Store;

public sealed partial class SqliteEventLog
{
    /// <summary>How long <see cref="Scrub"/> waits for readers to let the WAL be emptied.</summary>
    private static readonly TimeSpan ScrubWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sets to NULL the private parts and salts of the events of <paramref name="exchange"/> before
    /// <paramref name="erasure"/>, inside the append's transaction: the trigger allows exactly this once the
    /// <c>exchange.erased</c> event is in (Log/SqliteSchema.MigrateToVersion3); and deletes every state snapshot, which
    /// holds the lists' personal data (the next is written from the erased state). Returns the number of events erased.
    /// </summary>
    private int ErasePrivateParts(SqliteTransaction transaction, string exchange, long erasure)
    {
        Snapshots.SnapshotTable.DeleteAll(_connection, transaction);
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE events SET private = NULL, salt = NULL
            WHERE seq < $erasure AND (private IS NOT NULL OR salt IS NOT NULL)
              AND json_extract(CAST(public AS TEXT), '$.exchange') = $exchange;
            """;
        command.Parameters.AddWithValue("$erasure", erasure);
        command.Parameters.AddWithValue("$exchange", exchange);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// Leaves nothing of erased data in the files: the writer connection deletes with <c>secure_delete</c> (freed
    /// content is overwritten with zeros), the WAL — which still holds older copies of the pages — is checkpointed
    /// and truncated to nothing, and VACUUM rewrites the database without free pages, then the WAL is emptied again.
    /// Must be called under <see cref="EventLogBase.Gate"/>, outside a transaction.
    /// </summary>
    /// <exception cref="DatabaseLockedException">Readers kept the WAL from being emptied for longer than 30 seconds.</exception>
    private protected override void Scrub()
    {
        try
        {
            Checkpoint();
            using (var vacuum = _connection.CreateCommand())
            {
                vacuum.CommandText = "VACUUM;";
                vacuum.ExecuteNonQuery();
            }
            Checkpoint();
        }
        catch (SqliteException e) when (SqliteErrors.IsMapped(e))
        {
            throw Map(e);
        }
    }

    /// <summary>A TRUNCATE checkpoint, retried while readers of older snapshots keep it from completing.</summary>
    private void Checkpoint()
    {
        var deadline = DateTime.UtcNow + ScrubWait;
        while (true)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            using var reader = command.ExecuteReader();
            reader.Read();
            if (reader.GetInt64(0) == 0)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new DatabaseLockedException(Path, ScrubWait);
            }
            Thread.Sleep(50);
        }
    }
}
