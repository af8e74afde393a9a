using Npgsql;
using NpgsqlTypes;

namespace Parley.Store.Postgres;

/// <summary>The <see cref="IProjectionWriter"/> of one PostgreSQL write transaction; refuses use once that transaction is over.</summary>
internal sealed class PostgresProjectionWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, long lastSequence) : IProjectionWriter
{
    private bool _closed;

    public long LastSequence { get; } = lastSequence;

    /// <summary>The value set by <see cref="SetProjectedThrough"/> in this transaction, if any.</summary>
    public long? ProjectedThrough { get; private set; }

    public void UpsertProjection(string kind, string key, byte[] body)
    {
        ThrowIfClosed();
        ProjectionWriter.CheckKindAndKey(kind, key);
        ArgumentNullException.ThrowIfNull(body);
        using var command = Command("INSERT INTO projections(kind, key, body) VALUES($1, $2, $3) ON CONFLICT(kind, key) DO UPDATE SET body = excluded.body;");
        command.Parameters.Add(new NpgsqlParameter { Value = kind, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = key, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = body, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.ExecuteNonQuery();
    }

    public void DeleteProjection(string kind, string key)
    {
        ThrowIfClosed();
        ProjectionWriter.CheckKindAndKey(kind, key);
        using var command = Command("DELETE FROM projections WHERE kind = $1 AND key = $2;");
        command.Parameters.Add(new NpgsqlParameter { Value = kind, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = key, NpgsqlDbType = NpgsqlDbType.Text });
        command.ExecuteNonQuery();
    }

    public void ClearProjections()
    {
        ThrowIfClosed();
        using var command = Command("DELETE FROM projections;");
        command.ExecuteNonQuery();
    }

    public void SetProjectedThrough(long sequence)
    {
        ThrowIfClosed();
        if (sequence < 0 || sequence > LastSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence,
                $"{nameof(sequence)} must be between 0 and the log's last sequence {LastSequence}; it was {sequence}.");
        }
        using var command = Command($"UPDATE meta SET value = $1 WHERE key = '{PostgresSchema.ProjectedThroughKey}';");
        command.Parameters.Add(new NpgsqlParameter { Value = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType = NpgsqlDbType.Text });
        command.ExecuteNonQuery();
        ProjectedThrough = sequence;
    }

    public byte[]? ReadProjection(string kind, string key)
    {
        ThrowIfClosed();
        ProjectionWriter.CheckKindAndKey(kind, key);
        using var command = Command("SELECT body FROM projections WHERE kind = $1 AND key = $2;");
        command.Parameters.Add(new NpgsqlParameter { Value = kind, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = key, NpgsqlDbType = NpgsqlDbType.Text });
        return command.ExecuteScalar() as byte[];
    }

    public void Close() => _closed = true;

    private NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new InvalidOperationException("This projection writer belongs to a transaction that is over; write projections only inside the callback it was handed to.");
        }
    }
}
