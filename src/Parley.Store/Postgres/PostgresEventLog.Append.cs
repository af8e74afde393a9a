using Npgsql;
using NpgsqlTypes;

namespace Parley.Store.Postgres;

public sealed partial class PostgresEventLog
{
    /// <inheritdoc/>
    private protected override long WriteBatch(Func<AppendTurn, DecidedBatch> decide) =>
        InWriteTransaction((transaction, sequence) =>
        {
            // Other nodes may have appended since this one last did: the writer takes their events in before it decides.
            var (events, project) = decide(new AppendTurn(sequence, (after, through) => ReadCommitted(transaction, after, through)));
            // The public record seals each event (commitment, leaf hash) and extends its tree while the rows go in.
            var seals = Ledger?.Seal(transaction, sequence + 1, events);
            if (events.Count > 0)
            {
                Insert(sequence + 1, events, seals);
            }
            for (var i = 0; i < events.Count; i++)
            {
                if (events[i].Erases is { } exchange)
                {
                    ErasePrivateParts(transaction, exchange, sequence + 1 + i);
                }
            }
            Ledger?.BeforeCommit();
            if (events.Count > 0)
            {
                // Wakes every node's log follower once the commit is visible (NOTIFY is delivered at commit): one
                // notification per batch, on one channel, carrying only the last sequence number; they read the events.
                using var notify = new NpgsqlCommand("SELECT pg_notify($1, $2);", _connection, transaction);
                notify.Parameters.Add(new NpgsqlParameter { Value = PostgresSchema.LogChannel });
                notify.Parameters.Add(new NpgsqlParameter { Value = (sequence + events.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                notify.ExecuteNonQuery();
            }
            return (sequence + events.Count, project);
        });

    /// <summary>The events after <paramref name="after"/> through <paramref name="through"/>, read inside the append's transaction.</summary>
    private List<StoredEvent> ReadCommitted(NpgsqlTransaction transaction, long after, long through)
    {
        using var command = new NpgsqlCommand("SELECT seq, type, recorded_at, public, private FROM events WHERE seq > $1 AND seq <= $2 ORDER BY seq;", _connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        command.Parameters.Add(new NpgsqlParameter { Value = through });
        var events = new List<StoredEvent>((int)Math.Min(through - after, 65_536));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            events.Add(StoredRow(reader));
        }
        return events;
    }

    /// <inheritdoc/>
    public void ReplaceProjections(Action<IProjectionWriter> writeAll)
    {
        ArgumentNullException.ThrowIfNull(writeAll);
        lock (Gate)
        {
            ThrowIfDisposed();
            InWriteTransaction((_, lastSequence) => (lastSequence, writer =>
            {
                writer.ClearProjections();
                writer.SetProjectedThrough(lastSequence);
                writeAll(writer);
            }
            ));
        }
    }

    /// <summary>
    /// Inserts the rows with COPY (one round trip however many), each with its seal when the public record is attached;
    /// the gapless trigger checks each.
    /// </summary>
    private void Insert(long first, IReadOnlyList<EventToAppend> events, BatchSeals? seals)
    {
        using var importer = _connection.BeginBinaryImport(
            "COPY events(seq, type, recorded_at, public, private, salt, commitment, key_id, signature, leaf_hash) FROM STDIN (FORMAT BINARY);");
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            importer.StartRow();
            importer.Write(first + i, NpgsqlDbType.Bigint);
            importer.Write(e.Type, NpgsqlDbType.Text);
            importer.Write(e.RecordedAtUnixMs, NpgsqlDbType.Bigint);
            importer.Write(e.Public, NpgsqlDbType.Bytea);
            if (e.Private is null)
            {
                importer.WriteNull();
            }
            else
            {
                importer.Write(e.Private, NpgsqlDbType.Bytea);
            }
            var seal = seals?[i];
            WriteOrNull(importer, seal?.Salt, NpgsqlDbType.Bytea);
            WriteOrNull(importer, seal?.Commitment, NpgsqlDbType.Bytea);
            if (seal?.KeyId is { } keyId)
            {
                importer.Write(keyId, NpgsqlDbType.Bigint);
            }
            else
            {
                importer.WriteNull();
            }
            WriteOrNull(importer, seal?.Signature, NpgsqlDbType.Bytea);
            WriteOrNull(importer, seal?.LeafHash, NpgsqlDbType.Bytea);
        }
        importer.Complete();
    }

    private static void WriteOrNull(NpgsqlBinaryImporter importer, byte[]? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    /// <summary>
    /// Begins a transaction, takes the append lock, reads the last sequence under it, runs <paramref name="write"/> and
    /// the projection action it returns, commits, and only then moves the cached counters. Must be called under <see cref="EventLogBase.Gate"/>.
    /// </summary>
    private long InWriteTransaction(Func<NpgsqlTransaction, long, (long LastSequence, Action<IProjectionWriter>? Project)> write)
    {
        PostgresProjectionWriter? writer = null;
        var committed = false;
        try
        {
            using var transaction = _connection.BeginTransaction();
            // One round trip: the lock, then (a statement whose snapshot starts after the lock is held) the last sequence.
            using var batch = new NpgsqlBatch(_connection, transaction)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({PostgresSchema.AppendLockKey})"),
                    new NpgsqlBatchCommand("SELECT COALESCE(MAX(seq), 0) FROM events"),
                },
            };
            long sequence;
            using (var reader = batch.ExecuteReader())
            {
                reader.NextResult();
                reader.Read();
                sequence = reader.GetInt64(0);
            }
            var (lastSequence, project) = write(transaction, sequence);
            if (project is not null)
            {
                writer = new PostgresProjectionWriter(_connection, transaction, lastSequence);
                project(writer);
                writer.Flush();
                writer.Close();
            }
            transaction.Commit();
            committed = true;
            Committed(lastSequence, writer?.ProjectedThrough);
            return lastSequence;
        }
        catch (NpgsqlException e) when (PostgresErrors.Map(e, Location) is { } mapped)
        {
            throw mapped;
        }
        finally
        {
            writer?.Close();
            if (!committed)
            {
                RolledBack();
            }
        }
    }
}
