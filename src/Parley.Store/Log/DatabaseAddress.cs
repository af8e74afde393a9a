using Npgsql;

namespace Parley.Store;

/// <summary>
/// The <c>--db</c> value parsed, in the one place that parses it: a PostgreSQL database (<c>postgres://…</c>,
/// <c>postgresql://…</c>, or an Npgsql connection string such as <c>Host=…;Database=…</c>) or else the path of an
/// SQLite file.
/// </summary>
public abstract record DatabaseAddress
{
    private protected DatabaseAddress()
    {
    }

    /// <summary>Where the database is, fit to show a user (never a password).</summary>
    public abstract string Display { get; }

    /// <summary>Parses a <c>--db</c> value.</summary>
    /// <exception cref="BadDatabaseAddressException">When it names PostgreSQL but cannot be read as an address of it.</exception>
    public static DatabaseAddress Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var trimmed = value.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return PostgresDatabase.FromUri(trimmed);
        }
        if (trimmed.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || trimmed.Contains(";Host=", StringComparison.OrdinalIgnoreCase))
        {
            return PostgresDatabase.FromConnectionString(trimmed);
        }
        return new SqliteDatabase(Path.GetFullPath(value));
    }
}

/// <summary>An SQLite database file.</summary>
/// <param name="Path">The full path of the file.</param>
public sealed record SqliteDatabase(string Path) : DatabaseAddress
{
    /// <inheritdoc/>
    public override string Display => Path;
}

/// <summary>A PostgreSQL database, as an Npgsql connection string.</summary>
public sealed record PostgresDatabase : DatabaseAddress
{
    private PostgresDatabase(string connectionString, string display)
    {
        ConnectionString = connectionString;
        Display = display;
    }

    /// <summary>The Npgsql connection string (may hold a password: never show it).</summary>
    public string ConnectionString { get; }

    /// <inheritdoc/>
    public override string Display { get; }

    internal static PostgresDatabase FromConnectionString(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new BadDatabaseAddressException("the PostgreSQL connection string", $"it cannot be read ({e.Message})", e);
        }
        return Of(builder);
    }

    /// <summary>
    /// Reads <c>postgres://user:password@host:port/database?key=value</c> (the libpq URI form); query keys are Npgsql
    /// connection-string keys, e.g. <c>?Timeout=5</c>.
    /// </summary>
    internal static PostgresDatabase FromUri(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            throw new BadDatabaseAddressException(Redact(uri), "it is not a URI of the form postgres://user:password@host:port/database");
        }
        var builder = new NpgsqlConnectionStringBuilder { Host = parsed.Host.Trim('[', ']') };
        if (!parsed.IsDefaultPort && parsed.Port > 0)
        {
            builder.Port = parsed.Port;
        }
        if (parsed.UserInfo.Length > 0)
        {
            var colon = parsed.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? parsed.UserInfo : parsed.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(parsed.UserInfo[(colon + 1)..]);
            }
        }
        var database = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            try
            {
                builder[key] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                throw new BadDatabaseAddressException(Redact(uri), $"its parameter '{key}' is not a connection setting Npgsql knows ({e.Message})", e);
            }
        }
        return Of(builder);
    }

    private static PostgresDatabase Of(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new BadDatabaseAddressException("the PostgreSQL connection string", "it names no Host");
        }
        // Parley holds one connection for writing and opens short-lived ones for reading; pooling serves the latter.
        builder.ApplicationName ??= "parley";
        var display = $"postgres://{(string.IsNullOrEmpty(builder.Username) ? "" : builder.Username + "@")}{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? ""}";
        return new PostgresDatabase(builder.ConnectionString, display);
    }

    private static string Redact(string uri)
    {
        var at = uri.LastIndexOf('@');
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        return at > scheme && scheme >= 0 ? uri[..(scheme + 3)] + "…" + uri[at..] : uri;
    }
}
