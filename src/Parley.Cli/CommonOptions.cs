using System.CommandLine;

namespace Parley.Cli;

internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "The Parley database file (SQLite).",
        DefaultValueFactory = _ => "parley.db",
        HelpName = "PATH",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of tables.",
    };
}
