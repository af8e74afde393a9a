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

    /// <summary>The store's settings, read here at the edge: <c>PARLEY_LOG_ORIGIN</c> names a new log's origin.</summary>
    public static Store.StoreSettings StoreSettings() => new() { LogOrigin = Environment.GetEnvironmentVariable("PARLEY_LOG_ORIGIN") };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of tables.",
    };
}
