using System.Data.Common;

namespace Parley.Store.PublicRecord;

/// <summary>
/// The <c>cosignatures</c> table of the public record: every accepted witness cosignature (https://c2sp.org/tlog-cosignature)
/// by checkpoint size and witness key, as its signature line. It sits beside <c>checkpoints</c>; on SQLite it is created
/// when the server first opens the database (<see cref="CosignatureStore"/>) and readers treat a missing table as no
/// cosignatures; PostgreSQL's schema has it from the start. The statements are the same on both stores.
/// </summary>
internal static class CosignatureTable
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS cosignatures(
            size INTEGER NOT NULL,
            witness TEXT NOT NULL,
            key_id INTEGER NOT NULL,
            line TEXT NOT NULL,
            signed_at INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            PRIMARY KEY(size, witness, key_id)) WITHOUT ROWID;
        """;

    /// <summary>Keeps one line per (size, witness key): a later cosignature of the same checkpoint replaces an earlier one.</summary>
    public const string Upsert = """
        INSERT INTO cosignatures(size, witness, key_id, line, signed_at, received_at)
        VALUES(@size, @witness, @keyId, @line, @signedAt, @receivedAt)
        ON CONFLICT(size, witness, key_id) DO UPDATE SET line = excluded.line, signed_at = excluded.signed_at,
            received_at = excluded.received_at WHERE excluded.signed_at > cosignatures.signed_at;
        """;

    /// <summary>The signature lines of the checkpoint of <paramref name="size"/> entries, by witness name.</summary>
    public static IReadOnlyList<string> Lines(DbConnection connection, RecordDatabase database, long size)
    {
        var lines = new List<string>();
        if (!database.CosignaturesExist(connection))
        {
            return lines;
        }
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT line FROM cosignatures WHERE size = @size ORDER BY witness, key_id;";
        RecordSql.Add(command, "@size", size);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }

    /// <summary>The witness keys (name, key ID) that cosigned each checkpoint, largest size first.</summary>
    public static IReadOnlyList<(long Size, HashSet<(string Name, uint KeyId)> Witnesses)> BySize(DbConnection connection, RecordDatabase database)
    {
        var sizes = new List<(long, HashSet<(string, uint)>)>();
        if (!database.CosignaturesExist(connection))
        {
            return sizes;
        }
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT size, witness, key_id FROM cosignatures ORDER BY size DESC;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var size = reader.GetInt64(0);
            if (sizes.Count == 0 || sizes[^1].Item1 != size)
            {
                sizes.Add((size, []));
            }
            sizes[^1].Item2.Add((reader.GetString(1), (uint)reader.GetInt64(2)));
        }
        return sizes;
    }
}
