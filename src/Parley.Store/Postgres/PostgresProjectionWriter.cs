using Npgsql;
using NpgsqlTypes;

namespace Parley.Store.Postgres;

/// <summary>
/// The <see cref="IProjectionWriter"/> of one PostgreSQL write transaction; refuses use once that transaction is over.
/// Writes are queued and sent as one <see cref="NpgsqlBatch"/> (one round trip for many documents, where a statement each
/// cost a round trip each: most of a group commit's time), before any read and before the commit (<see cref="Flush"/>).
/// </summary>
internal sealed class PostgresProjectionWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, long lastSequence) : IProjectionWriter
{
    /// <summary>Queued writes sent at once at most: a rebuild's hundreds of thousands of documents go in bounded batches.</summary>
    private const int MostQueued = 512;
    private NpgsqlBatch? _queued;
    private bool _closed;

    public long LastSequence { get; } = lastSequence;

    /// <summary>The value set by <see cref="SetProjectedThrough"/> in this transaction, if any.</summary>
    public long? ProjectedThrough { get; private set; }

    public void UpsertProjection(string kind, string key, byte[] body)
    {
        ThrowIfClosed();
        ProjectionWriter.CheckKindAndKey(kind, key);
        ArgumentNullException.ThrowIfNull(body);
        Queue("INSERT INTO projections(kind, key, body) VALUES($1, $2, $3) ON CONFLICT(kind, key) DO UPDATE SET body = excluded.body;",
            Text(kind), Text(key), new NpgsqlParameter { Value = body, NpgsqlDbType = NpgsqlDbType.Bytea });
    }

    public void DeleteProjection(string kind, string key)
    {
        ThrowIfClosed();
        ProjectionWriter.CheckKindAndKey(kind, key);
        Queue("DELETE FROM projections WHERE kind = $1 AND key = $2;", Text(kind), Text(key));
    }

    public void ClearProjections()
    {
        ThrowIfClosed();
        Queue("DELETE FROM projections;");
    }

    public void SetProjectedThrough(long sequence)
    {
        ThrowIfClosed();
        if (sequence < 0 || sequence > LastSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence,
                $"{nameof(sequence)} must be between 0 and the log's last sequence {LastSequence}; it was {sequence}.");
        }
        Queue($"UPDATE meta SET value = $1 WHERE key = '{PostgresSchema.ProjectedThroughKey}';",
            Text(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        ProjectedThrough = sequence;
    }

    public byte[]? ReadProjection(string kind, string key)
    {
        ThrowIfClosed();
        ProjectionWriter.CheckKindAndKey(kind, key);
        Flush();
        using var command = Command("SELECT body FROM projections WHERE kind = $1 AND key = $2;");
        command.Parameters.Add(Text(kind));
        command.Parameters.Add(Text(key));
        return command.ExecuteScalar() as byte[];
    }

    /// <summary>Sends the queued writes; the transaction's owner calls it before committing.</summary>
    public void Flush()
    {
        ThrowIfClosed();
        if (_queued is null)
        {
            return;
        }
        using var batch = _queued;
        _queued = null;
        batch.ExecuteNonQuery();
    }

    /// <summary>Ends the writer; writes still queued are dropped (the transaction is rolling back).</summary>
    public void Close()
    {
        _closed = true;
        _queued?.Dispose();
        _queued = null;
    }

    private void Queue(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        (_queued ??= new NpgsqlBatch(connection, transaction)).BatchCommands.Add(command);
        if (_queued.BatchCommands.Count >= MostQueued)
        {
            Flush();
        }
    }

    private static NpgsqlParameter Text(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Text };

    private NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new InvalidOperationException("This projection writer belongs to a transaction that is over; write projections only inside the callback it was handed to.");
        }
    }
}
