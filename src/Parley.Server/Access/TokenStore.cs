using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Parley.Server.Access;

/// <summary>
/// Bearer tokens in the <c>tokens</c> table of the Parley database (its own table, beside the log): only the SHA-256 of
/// a token is stored, so the token itself is shown once, when it is made. A token looks like
/// <c>parley_ID_SECRET</c>; the id names it for revocation and in logs.
/// </summary>
public sealed class TokenStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS tokens(
            id TEXT PRIMARY KEY,
            hash BLOB NOT NULL UNIQUE,
            role TEXT NOT NULL,
            party TEXT,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER);
        """;

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private TokenStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens the tokens of an existing Parley database (create the database first, e.g. with <c>Parley.Store</c>).</summary>
    public static TokenStore Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(databasePath),
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
        return new TokenStore(connection);
    }

    /// <summary>Makes a token for <paramref name="role"/>; returns its id and the token, which is not stored and cannot be shown again.</summary>
    public (string Id, string Token) Create(Role role, string? party)
    {
        if (role is not (Role.Mediator or Role.Press or Role.Party or Role.Verifier) || (role == Role.Party) != (party is not null))
        {
            throw new ArgumentException("a token is for the mediator, the press, a verifier, or a party officer with a party code", nameof(role));
        }
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var token = $"parley_{id}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT INTO tokens(id, hash, role, party, created_at) VALUES($id, $hash, $role, $party, $at);";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$hash", Hash(token));
            command.Parameters.AddWithValue("$role", role.ToString().ToLowerInvariant());
            command.Parameters.AddWithValue("$party", (object?)party ?? DBNull.Value);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            command.ExecuteNonQuery();
        }
        return (id, token);
    }

    /// <summary>Revokes a token by id; false when there is no such token or it was already revoked.</summary>
    public bool Revoke(string id)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "UPDATE tokens SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL;";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            return command.ExecuteNonQuery() == 1;
        }
    }

    /// <summary>The caller a token stands for, or null when it is unknown or revoked.</summary>
    public Caller? Find(string token)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, role, party FROM tokens WHERE hash = $hash AND revoked_at IS NULL;";
            command.Parameters.AddWithValue("$hash", Hash(token));
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            var role = Enum.Parse<Role>(reader.GetString(1), ignoreCase: true);
            return new Caller(role, reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(0));
        }
    }

    /// <summary>Whether the token with this id exists and is not revoked (a desk session lives only as long as its token).</summary>
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

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => _connection.Dispose();
}
