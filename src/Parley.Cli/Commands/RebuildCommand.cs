using System.CommandLine;
using System.Diagnostics;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Commands;

/// <summary>`parley rebuild [--db PATH]`: throw the projections away and recreate them from the log.</summary>
internal static class RebuildCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var command = new Command("rebuild", "Recreate every projection (the state the status and the server show) from the event log.") { db, CommonOptions.LogKey() };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var path = parse.GetValue(db)!;
            var clock = Stopwatch.StartNew();
            using var store = ParleyStore.Open(path, OpenMode.MustExist, settings: CommonOptions.StoreSettings(parse));
            var documents = store.Rebuild();
            parse.InvocationConfiguration.Output.WriteLine(
                $"rebuilt {documents} documents from {store.Log.LastSequence} events in {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
