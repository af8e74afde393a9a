using Microsoft.Data.Sqlite;

namespace Parley.Store;

public sealed partial class SqliteEventLog
{
    /// <summary>
    /// Appends <paramref name="events"/> in order and runs <paramref name="project"/> against the same transaction, then
    /// commits; returns once the commit is durable. If anything throws, the transaction rolls back and nothing is written.
    /// </summary>
    /// <returns>The sequence number of the last event in the log after the append.</returns>
    /// <exception cref="DatabaseLockedException">When another process holds the write lock for longer than the busy timeout.</exception>
    public long AppendBatch(IReadOnlyList<EventToAppend> events, Action<IProjectionWriter>? project = null)
    {
        EventToAppend.CheckBatch(events);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (events.Count == 0 && project is null)
            {
                return _lastSequence;
            }
            var erases = events.Any(e => e.Erases is not null);
            var last = InWriteTransaction(commands =>
            {
                // Read under the write lock rather than trust the cached value: another process may have appended.
                var sequence = (long)commands.MaxSequence.ExecuteScalar()!;
                // The public record seals each event (commitment, leaf hash) and extends its tree while the rows go in.
                var seals = _ledger?.Seal(commands.InsertEvent.Transaction!, sequence + 1, events);
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
                _ledger?.BeforeCommit();
                return (sequence, project);
            });
            if (erases)
            {
                Scrub();
            }
            return last;
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> then the projection action it returns in one IMMEDIATE transaction, commits, and only
    /// then updates the cached counters. Must be called under <see cref="_gate"/>.
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
            _ledger?.Committed();
            Interlocked.Exchange(ref _lastSequence, lastSequence);
            if (writer?.ProjectedThrough is { } projectedThrough)
            {
                Interlocked.Exchange(ref _projectedThrough, projectedThrough);
            }
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
                _ledger?.RolledBack();
            }
        }
    }
}
