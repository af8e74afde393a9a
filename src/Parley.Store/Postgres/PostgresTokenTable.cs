using Npgsql;

namespace Parley.Store.Postgres;

/// <summary>The tokens table of a PostgreSQL database, on pooled connections.</summary>
internal sealed class PostgresTokenTable(PostgresDatabase address) : ITokenTable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(address.ConnectionString);

    public void Insert(string id, byte[] hash, string role, string? party, long createdAtUnixMs) =>
        Run(command => command.ExecuteNonQuery(),
            "INSERT INTO tokens(id, hash, role, party, created_at) VALUES($1, $2, $3, $4, $5);", id, hash, role, party, createdAtUnixMs);

    public bool Revoke(string id, long revokedAtUnixMs) =>
        Run(command => command.ExecuteNonQuery(), "UPDATE tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL;", id, revokedAtUnixMs) == 1;

    public TokenRecord? FindActive(byte[] hash) =>
        Run(command =>
        {
            using var reader = command.ExecuteReader();
            return reader.Read() ? new TokenRecord(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)) : null;
        }, "SELECT id, role, party FROM tokens WHERE hash = $1 AND revoked_at IS NULL;", hash);

    public bool IsActive(string id) =>
        Run(command => command.ExecuteScalar() is not null, "SELECT 1 FROM tokens WHERE id = $1 AND revoked_at IS NULL;", id);

    public void Dispose() => _dataSource.Dispose();

    private T Run<T>(Func<NpgsqlCommand, T> execute, string sql, params object?[] values)
    {
        try
        {
            using var command = _dataSource.CreateCommand(sql);
            foreach (var value in values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            }
            return execute(command);
        }
        catch (NpgsqlException e) when (PostgresErrors.Map(e, address.Display) is { } mapped)
        {
            throw mapped;
        }
    }
}
