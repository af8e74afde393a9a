using System.Data;
using Npgsql;

namespace Parley.Store.Postgres;

public sealed partial class PostgresEventLog
{
    /// <inheritdoc/>
    public IEnumerable<StoredEvent> Read(long fromSequence = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromSequence, 1);
        ThrowIfDisposed();
        return Query(
            "SELECT seq, type, recorded_at, public, private FROM events WHERE seq >= $1 ORDER BY seq;",
            [fromSequence],
            StoredRow);
    }

    /// <inheritdoc/>
    public IEnumerable<StoredEvent> ReadOfTypes(long fromSequence, IReadOnlyCollection<string> types)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromSequence, 1);
        ArgumentNullException.ThrowIfNull(types);
        ThrowIfDisposed();
        return Query(
            "SELECT seq, type, recorded_at, public, private FROM events WHERE seq >= $1 AND type = ANY($2) ORDER BY seq;",
            [fromSequence, types.ToArray()],
            StoredRow);
    }

    /// <inheritdoc/>
    public byte[]? ReadProjection(string kind, string key)
    {
        ProjectionWriter.CheckKindAndKey(kind, key);
        ThrowIfDisposed();
        return Query("SELECT body FROM projections WHERE kind = $1 AND key = $2;", [kind, key], reader => reader.GetFieldValue<byte[]>(0))
            .FirstOrDefault();
    }

    /// <inheritdoc/>
    public IEnumerable<(string Key, byte[] Body)> ReadProjections(string kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ThrowIfDisposed();
        return Query("SELECT key, body FROM projections WHERE kind = $1 ORDER BY key;", [kind],
            reader => (reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
    }

    /// <inheritdoc/>
    public IEnumerable<(string Kind, string Key, byte[] Body)> ReadAllProjectionsOrdered()
    {
        ThrowIfDisposed();
        return Query("SELECT kind, key, body FROM projections ORDER BY kind, key;", [],
            reader => (reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
    }

    /// <summary>An event row selected as <c>seq, type, recorded_at, public, private</c>.</summary>
    private static StoredEvent StoredRow(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetFieldValue<byte[]>(3),
        reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4));

    /// <summary>Streams a query's rows from one snapshot, on a pooled connection of its own (reads run beside appends).</summary>
    private IEnumerable<T> Query<T>(string sql, object[] parameters, Func<NpgsqlDataReader, T> row)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        NpgsqlDataReader reader;
        try
        {
            reader = command.ExecuteReader();
        }
        catch (NpgsqlException e) when (PostgresErrors.Map(e, Location) is { } mapped)
        {
            throw mapped;
        }
        using (reader)
        {
            while (Advance(reader))
            {
                yield return row(reader);
            }
        }
    }

    private bool Advance(NpgsqlDataReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (NpgsqlException e) when (PostgresErrors.Map(e, Location) is { } mapped)
        {
            throw mapped;
        }
    }
}
