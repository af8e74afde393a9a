using System.CommandLine;

namespace Parley.Cli;

internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "The Parley database: an SQLite file, or PostgreSQL as postgres://user:password@host:port/database or Host=…;Database=….",
        DefaultValueFactory = _ => "parley.db",
        HelpName = "DB",
    };

    /// <summary>The <c>--db</c> value as messages show it: a file path as given, a PostgreSQL address without its password.</summary>
    public static string Shown(string database) => Store.DatabaseAddress.Parse(database) is Store.PostgresDatabase postgres ? postgres.Display : database;

    /// <summary>The name of the option that says where the log's signing key lives (every command that writes to or publishes the log takes it).</summary>
    public const string LogKeyName = "--log-key";

    /// <summary>
    /// <c>--log-key FILE</c>: the log's signing key file, created 0600 on first use.
    /// Required for a PostgreSQL database; an SQLite database's default is the file beside it (PATH.key).
    /// </summary>
    public static Option<string?> LogKey() => new(LogKeyName)
    {
        Description = "The log's signing key file (created 0600 on first use; default for an SQLite database: DB.key beside it; required for PostgreSQL). Also PARLEY_LOG_KEY.",
        HelpName = "FILE",
    };

    /// <summary>
    /// The store's settings, read here at the edge: <c>PARLEY_LOG_ORIGIN</c> names a new log's origin; <c>--log-key</c>
    /// (else <c>PARLEY_LOG_KEY</c>) where its signing key lives.
    /// </summary>
    public static Store.StoreSettings StoreSettings(ParseResult parse) => new()
    {
        LogOrigin = Environment.GetEnvironmentVariable("PARLEY_LOG_ORIGIN"),
        LogKeyPath = LogKeyPath(parse),
    };

    /// <summary>The <c>--log-key</c> value, else <c>PARLEY_LOG_KEY</c>, else null (the store's default).</summary>
    public static string? LogKeyPath(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var given = parse.GetValue<string?>(LogKeyName);
        return string.IsNullOrWhiteSpace(given) ? NonEmpty(Environment.GetEnvironmentVariable("PARLEY_LOG_KEY")) : given;
    }

    /// <summary>The log key file of <paramref name="database"/>: the one given, or an SQLite database's own (PATH.key).</summary>
    public static string LogKeyFile(ParseResult parse, string database) =>
        Store.PublicRecord.LogKey.Locate(database, LogKeyPath(parse));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of tables.",
    };
}
