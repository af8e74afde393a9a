using Microsoft.Data.Sqlite;

namespace Parley.Store;

public sealed partial class SqliteEventLog
{
    /// <summary>
    /// Streams the events from <paramref name="fromSequence"/> on, in sequence order, from a consistent snapshot taken when
    /// enumeration starts. Each enumeration uses its own read-only connection, so reads run alongside appends.
    /// </summary>
    public IEnumerable<StoredEvent> Read(long fromSequence = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromSequence, 1);
        ThrowIfDisposed();
        return ReadFrom(fromSequence);
    }

    /// <inheritdoc/>
    public IEnumerable<StoredEvent> ReadOfTypes(long fromSequence, IReadOnlyCollection<string> types)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromSequence, 1);
        ArgumentNullException.ThrowIfNull(types);
        ThrowIfDisposed();
        return ReadFrom(fromSequence, System.Text.Json.JsonSerializer.Serialize(types));
    }

    /// <summary>The events from a sequence on; only those whose type is in <paramref name="typesJson"/> (a JSON array) when given.</summary>
    private IEnumerable<StoredEvent> ReadFrom(long fromSequence, string? typesJson = null)
    {
        using var connection = OpenReadConnection();
        using var command = connection.CreateCommand();
        command.CommandText = typesJson is null
            ? "SELECT seq, type, recorded_at, public, private FROM events WHERE seq >= $from ORDER BY seq;"
            : "SELECT seq, type, recorded_at, public, private FROM events WHERE seq >= $from AND type IN (SELECT value FROM json_each($types)) ORDER BY seq;";
        command.Parameters.Add("$from", SqliteType.Integer).Value = fromSequence;
        if (typesJson is not null)
        {
            command.Parameters.Add("$types", SqliteType.Text).Value = typesJson;
        }
        using var reader = ExecuteReader(command);
        while (Advance(reader))
        {
            yield return new StoredEvent(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetFieldValue<byte[]>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4));
        }
    }

    /// <summary>Opens a read-only connection to this log's file, with the same busy timeout.</summary>
    private SqliteConnection OpenReadConnection()
    {
        var connection = new SqliteConnection(ConnectionString(Path, SqliteOpenMode.ReadOnly, (int)_busyTimeout.TotalSeconds));
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqliteException e) when (SqliteErrors.IsMapped(e))
        {
            connection.Dispose();
            throw Map(e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private SqliteDataReader ExecuteReader(SqliteCommand command)
    {
        try
        {
            return command.ExecuteReader();
        }
        catch (SqliteException e) when (SqliteErrors.IsMapped(e))
        {
            throw Map(e);
        }
    }

    private bool Advance(SqliteDataReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (SqliteException e) when (SqliteErrors.IsMapped(e))
        {
            throw Map(e);
        }
    }
}
