using Npgsql;

namespace Parley.Store.Postgres;

/// <summary>
/// Maps what Npgsql reports to the store's exceptions, each a one-line message fit for the user: the server cannot be
/// reached, refuses the credentials or the database, or refuses to write (a read-only replica, a full disk).
/// Error codes: https://www.postgresql.org/docs/15/errcodes-appendix.html
/// </summary>
internal static class PostgresErrors
{
    public static bool IsMapped(Exception e) =>
        e is NpgsqlException npgsql && Map(npgsql, "") is not null;

    /// <summary>The store's exception for <paramref name="e"/>, or null when it is not one the store names (a bug, a refused statement).</summary>
    public static StoreException? Map(NpgsqlException e, string location) => e switch
    {
        PostgresException { SqlState: "28P01" or "28000" } p =>
            new DatabaseUnreachableException(location, $"the server refused the user or password ({p.MessageText}); check the --db address", e),
        PostgresException { SqlState: "3D000" } p =>
            new DatabaseUnreachableException(location, $"{p.MessageText}; create it first (createdb) or check the --db address", e),
        PostgresException { SqlState: "25006" } =>
            new StorageFailedException(location, StorageFailure.ReadOnly, e),
        PostgresException { SqlState: "53100" } =>
            new StorageFailedException(location, StorageFailure.DiskFull, e),
        PostgresException { SqlState: "58030" } =>
            new StorageFailedException(location, StorageFailure.InputOutput, e),
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "08000" or "08003" or "08006" } p =>
            new DatabaseUnreachableException(location, $"the server is shutting down or dropped the connection ({p.MessageText})", e),
        PostgresException => null,
        _ => new DatabaseUnreachableException(location, Describe(e), e),
    };

    public static Exception MapOrKeep(Exception e, string location) =>
        e is NpgsqlException npgsql && Map(npgsql, location) is { } mapped ? mapped : e;

    private static string Describe(NpgsqlException e)
    {
        var cause = e.InnerException is { } inner and not NpgsqlException ? inner.Message : e.Message;
        return cause.TrimEnd('.');
    }
}
