using System.CommandLine;
using Parley.Cli.PublicRecord;
using Parley.Store.Backup;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley backup --db PATH --out FILE [--with-key]`: a consistent copy of the database taken while the server runs
/// (SQLite's online backup), 0600; the log's signing key copied to FILE.key only with <c>--with-key</c>.
/// To restore: stop the server, copy FILE to the database path and the key to PATH.key (docs/operations.md).
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var output = new Option<string>("--out") { Description = "The backup file to write (mode 0600; replaced if it exists).", Required = true, HelpName = "FILE" };
        var withKey = new Option<bool>("--with-key")
        {
            Description = "Also copy the log's signing key (PATH.key, or --log-key) to FILE.key, mode 0600. Without it the backup holds no key: keep the key safe separately.",
        };
        var command = new Command("backup", "Write a consistent copy of the database, safe while the server runs; the signing key only with --with-key.") { db, CommonOptions.LogKey(), output, withKey };
        command.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var database = parse.GetValue(db)!;
            var result = DatabaseBackup.Create(database, parse.GetValue(output)!, parse.GetValue(withKey), CommonOptions.LogKeyPath(parse));
            var console = parse.InvocationConfiguration.Output;
            console.WriteLine($"backed up {result.LastSequence} events ({result.Bytes:N0} bytes) to {result.Path}");
            console.WriteLine(result.KeyPath is { } key
                ? $"signing key copied to {key}; keep both only where the database itself may be kept"
                : $"signing key not included: keep {CommonOptions.LogKeyFile(parse, database)} safe separately (or back up with --with-key)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
