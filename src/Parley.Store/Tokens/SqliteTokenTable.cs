using Microsoft.Data.Sqlite;

namespace Parley.Store;

/// <summary>The tokens table of an SQLite database, on a connection of its own.</summary>
internal sealed class SqliteTokenTable : ITokenTable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public SqliteTokenTable(string path)
    {
        _connection = new SqliteConnection(SqliteEventLog.ConnectionString(path, SqliteOpenMode.ReadWrite, 5));
        _connection.Open();
    }

    public void Insert(string id, byte[] hash, string role, string? party, long createdAtUnixMs)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT INTO tokens(id, hash, role, party, created_at) VALUES($id, $hash, $role, $party, $at);";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$hash", hash);
            command.Parameters.AddWithValue("$role", role);
            command.Parameters.AddWithValue("$party", (object?)party ?? DBNull.Value);
            command.Parameters.AddWithValue("$at", createdAtUnixMs);
            command.ExecuteNonQuery();
        }
    }

    public bool Revoke(string id, long revokedAtUnixMs)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "UPDATE tokens SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL;";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$at", revokedAtUnixMs);
            return command.ExecuteNonQuery() == 1;
        }
    }

    public TokenRecord? FindActive(byte[] hash)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, role, party FROM tokens WHERE hash = $hash AND revoked_at IS NULL;";
            command.Parameters.AddWithValue("$hash", hash);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new TokenRecord(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)) : null;
        }
    }

    public bool IsActive(string id)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM tokens WHERE id = $id AND revoked_at IS NULL;";
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteScalar() is not null;
        }
    }

    public void Dispose() => _connection.Dispose();
}
