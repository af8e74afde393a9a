namespace Parley.Store;

/// <summary>A bearer token as the store keeps it: its id, the role it stands for, and the party of a party officer's.</summary>
public sealed record TokenRecord(string Id, string Role, string? Party);

/// <summary>
/// The <c>tokens</c> table beside the log (its schema is the store's migrations'): only the SHA-256 of each token is
/// kept. Thread-safe. The server's TokenStore gives the rows their meaning (roles, the token format).
/// </summary>
public interface ITokenTable : IDisposable
{
    /// <summary>Adds a token by the hash of its secret.</summary>
    void Insert(string id, byte[] hash, string role, string? party, long createdAtUnixMs);

    /// <summary>Marks the token revoked; false when there is none with this id or it was already revoked.</summary>
    bool Revoke(string id, long revokedAtUnixMs);

    /// <summary>The unrevoked token whose secret hashes to <paramref name="hash"/>, or null.</summary>
    TokenRecord? FindActive(byte[] hash);

    /// <summary>Whether the token with this id exists and is not revoked.</summary>
    bool IsActive(string id);
}

/// <summary>Opens the tokens of the database a <c>--db</c> value names.</summary>
public static class TokenTables
{
    /// <summary>
    /// Opens the tokens of the database at <paramref name="database"/>, first opening its log (creating the database
    /// when <paramref name="mode"/> allows) so that it is known to be Parley's and its schema current.
    /// </summary>
    public static ITokenTable Open(string database, OpenMode mode = OpenMode.MustExist)
    {
        var address = DatabaseAddress.Parse(database);
        EventLogs.Open(address, mode).Dispose();
        return address switch
        {
            SqliteDatabase file => new SqliteTokenTable(file.Path),
            PostgresDatabase postgres => new Postgres.PostgresTokenTable(postgres),
            _ => throw new ArgumentOutOfRangeException(nameof(database), database, "an address is an SQLite file or a PostgreSQL database."),
        };
    }
}
