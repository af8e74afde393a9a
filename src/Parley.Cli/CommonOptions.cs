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

    /// <summary>The store's settings, read here at the edge: <c>PARLEY_LOG_ORIGIN</c> names a new log's origin.</summary>
    public static Store.StoreSettings StoreSettings() => new() { LogOrigin = Environment.GetEnvironmentVariable("PARLEY_LOG_ORIGIN") };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of tables.",
    };
}
