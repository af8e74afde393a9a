using Microsoft.Data.Sqlite;

namespace Parley.Store;

/// <summary>
/// The write path's commands, created once per log and reused for every transaction: SQLite keeps each one prepared, and
/// only parameter values change between executions.
/// </summary>
internal sealed class WriteCommands : IDisposable
{
    private readonly SqliteCommand[] _all;

    public WriteCommands(SqliteConnection connection)
    {
        MaxSequence = Create(connection, "SELECT COALESCE(MAX(seq), 0) FROM events;");

        InsertEvent = Create(connection, "INSERT INTO events(seq, type, recorded_at, public, private, salt, commitment, key_id, signature, leaf_hash) VALUES($seq, $type, $at, $public, $private, $salt, $commitment, $key, $signature, $leaf);");
        EventSequence = InsertEvent.Parameters.Add("$seq", SqliteType.Integer);
        EventType = InsertEvent.Parameters.Add("$type", SqliteType.Text);
        EventRecordedAt = InsertEvent.Parameters.Add("$at", SqliteType.Integer);
        EventPublic = InsertEvent.Parameters.Add("$public", SqliteType.Blob);
        EventPrivate = InsertEvent.Parameters.Add("$private", SqliteType.Blob);
        EventSalt = InsertEvent.Parameters.Add("$salt", SqliteType.Blob);
        EventCommitment = InsertEvent.Parameters.Add("$commitment", SqliteType.Blob);
        EventKeyId = InsertEvent.Parameters.Add("$key", SqliteType.Integer);
        EventSignature = InsertEvent.Parameters.Add("$signature", SqliteType.Blob);
        EventLeafHash = InsertEvent.Parameters.Add("$leaf", SqliteType.Blob);

        Upsert = Create(connection, "INSERT INTO projections(kind, key, body) VALUES($kind, $key, $body) ON CONFLICT(kind, key) DO UPDATE SET body = excluded.body;");
        UpsertKind = Upsert.Parameters.Add("$kind", SqliteType.Text);
        UpsertKey = Upsert.Parameters.Add("$key", SqliteType.Text);
        UpsertBody = Upsert.Parameters.Add("$body", SqliteType.Blob);

        Delete = Create(connection, "DELETE FROM projections WHERE kind = $kind AND key = $key;");
        DeleteKind = Delete.Parameters.Add("$kind", SqliteType.Text);
        DeleteKey = Delete.Parameters.Add("$key", SqliteType.Text);

        ReadOne = Create(connection, "SELECT body FROM projections WHERE kind = $kind AND key = $key;");
        ReadOneKind = ReadOne.Parameters.Add("$kind", SqliteType.Text);
        ReadOneKey = ReadOne.Parameters.Add("$key", SqliteType.Text);

        Clear = Create(connection, "DELETE FROM projections;");

        SetProjectedThrough = Create(connection, $"INSERT INTO meta(key, value) VALUES('{SqliteSchema.ProjectedThroughKey}', $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;");
        ProjectedThroughValue = SetProjectedThrough.Parameters.Add("$value", SqliteType.Integer);

        _all = [MaxSequence, InsertEvent, Upsert, Delete, ReadOne, Clear, SetProjectedThrough];
    }

    public SqliteCommand MaxSequence { get; }
    public SqliteCommand InsertEvent { get; }
    public SqliteParameter EventSequence { get; }
    public SqliteParameter EventType { get; }
    public SqliteParameter EventRecordedAt { get; }
    public SqliteParameter EventPublic { get; }
    public SqliteParameter EventPrivate { get; }
    /// <summary>The public record's seal of the event (PublicRecord/EventSeal); NULL without a ledger.</summary>
    public SqliteParameter EventSalt { get; }
    public SqliteParameter EventCommitment { get; }
    public SqliteParameter EventKeyId { get; }
    public SqliteParameter EventSignature { get; }
    public SqliteParameter EventLeafHash { get; }
    public SqliteCommand Upsert { get; }
    public SqliteParameter UpsertKind { get; }
    public SqliteParameter UpsertKey { get; }
    public SqliteParameter UpsertBody { get; }
    public SqliteCommand Delete { get; }
    public SqliteParameter DeleteKind { get; }
    public SqliteParameter DeleteKey { get; }
    public SqliteCommand ReadOne { get; }
    public SqliteParameter ReadOneKind { get; }
    public SqliteParameter ReadOneKey { get; }
    public SqliteCommand Clear { get; }
    public SqliteCommand SetProjectedThrough { get; }
    public SqliteParameter ProjectedThroughValue { get; }

    /// <summary>Attaches every command to <paramref name="transaction"/> (or detaches them, with null).</summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Create(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
