using System.CommandLine;
using System.Text.Json;
using Parley.Cli.Rendering;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Commands;

/// <summary>`parley status [--db PATH] [--json]`: the talks, every exchange's terms, stages and people by status.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("status", "Show the rounds, and each exchange's terms, stages, counts per side and people per lifecycle status, with a progress chart.")
        {
            db, json,
        };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            using var log = OpenCurrent(parse.GetValue(db)!);
            var status = new StatusReport(ReadModel.Rounds(log), ReadModel.Agreements(log), ReadModel.Exchanges(log), log.LastSequence);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(status, CliJson.Indented));
            }
            else
            {
                StatusView.Render(Consoles.For(output), status);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The log, with documents of this build's shape: opened once (each open checks the whole file), and again only
    /// when an older Parley's documents had to be rebuilt first.
    /// </summary>
    private static IEventLog OpenCurrent(string database)
    {
        var log = EventLogs.Open(database, OpenMode.MustExist);
        if (Projections.AreCurrent(log))
        {
            return log;
        }
        log.Dispose();
        ParleyStore.UpgradeProjections(database);
        return EventLogs.Open(database, OpenMode.MustExist);
    }
}
