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
            ParleyStore.UpgradeProjections(parse.GetValue(db)!);
            using var log = EventLogs.Open(parse.GetValue(db)!, OpenMode.MustExist);
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
}
