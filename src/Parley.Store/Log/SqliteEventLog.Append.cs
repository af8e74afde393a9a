using Microsoft.Data.Sqlite;

namespace Parley.Store;

public sealed partial class SqliteEventLog
{
    /// <inheritdoc/>
    /// <exception cref="DatabaseLockedException">When another process holds the write lock for longer than the busy timeout.</exception>
    private protected override long WriteBatch(Func<AppendTurn, DecidedBatch> decide) =>
        InWriteTransaction(commands =>
        {
            // Read under the write lock rather than trust the cached value: another process may have appended.
            var sequence = (long)commands.MaxSequence.ExecuteScalar()!;
            var (events, project) = decide(new AppendTurn(sequence, (after, through) => [.. Read(after + 1).TakeWhile(e => e.Sequence <= through)]));
            // The public record seals each event (commitment, leaf hash) and extends its tree while the rows go in.
            var seals = Ledger?.Seal(commands.InsertEvent.Transaction!, sequence + 1, events);
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                commands.EventSequence.Value = ++sequence;
                commands.EventType.Value = e.Type;
                commands.EventRecordedAt.Value = e.RecordedAtUnixMs;
                commands.EventPublic.Value = e.Public;
                commands.EventPrivate.Value = (object?)e.Private ?? DBNull.Value;
                var seal = seals?[i];
                commands.EventSalt.Value = (object?)seal?.Salt ?? DBNull.Value;
                commands.EventCommitment.Value = (object?)seal?.Commitment ?? DBNull.Value;
                commands.EventKeyId.Value = (object?)seal?.KeyId ?? DBNull.Value;
                commands.EventSignature.Value = (object?)seal?.Signature ?? DBNull.Value;
                commands.EventLeafHash.Value = (object?)seal?.LeafHash ?? DBNull.Value;
                commands.InsertEvent.ExecuteNonQuery();
                if (e.Erases is { } exchange)
                {
                    ErasePrivateParts(commands.InsertEvent.Transaction!, exchange, sequence);
                }
            }
            Ledger?.BeforeCommit();
            return (sequence, project);
        });

    /// <summary>
    /// Runs <paramref name="write"/> then the projection action it returns in one IMMEDIATE transaction, commits, and only
    /// then updates the cached counters. Must be called under <see cref="EventLogBase.Gate"/>.
    /// </summary>
    private long InWriteTransaction(Func<WriteCommands, (long LastSequence, Action<IProjectionWriter>? Project)> write)
    {
        SqliteTransaction? transaction = null;
        ProjectionWriter? writer = null;
        var committed = false;
        try
        {
            transaction = _connection.BeginTransaction(deferred: false);
            _commands.Enlist(transaction);
            var (lastSequence, project) = write(_commands);
            if (project is not null)
            {
                writer = new ProjectionWriter(_commands, lastSequence);
                project(writer);
                writer.Close();
            }
            transaction.Commit();
            committed = true;
            Committed(lastSequence, writer?.ProjectedThrough);
            return lastSequence;
        }
        catch (SqliteException e) when (SqliteErrors.IsMapped(e))
        {
            throw Map(e);
        }
        finally
        {
            writer?.Close();
            _commands.Enlist(null);
            transaction?.Dispose(); // rolls back unless committed
            if (!committed)
            {
                RolledBack();
            }
        }
    }
}
