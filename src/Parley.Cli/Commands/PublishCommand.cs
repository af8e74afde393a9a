using System.CommandLine;
using Parley.Cli.PublicRecord;
using Parley.Store.PublicRecord;

namespace Parley.Cli.Commands;

/// <summary>`parley publish --db PATH --out DIR`: the public record as static files in the tlog-tiles layout, incrementally.</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var output = new Option<string>("--out") { Description = "The folder to publish into (tlog-tiles layout); only new or grown tiles are written.", Required = true, HelpName = "DIR" };
        var command = new Command("publish", "Publish the log's checkpoint, hash tiles and entry bundles (c2sp.org/tlog-tiles) and log.pub into a folder.") { db, output };
        command.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var database = parse.GetValue(db)!;
            var verifier = KeysCommand.ReadLogVerifier(database);
            using var log = PublicLog.Open(database);
            var result = TilePublisher.Publish(log, verifier.VerifierKey, parse.GetValue(output)!);
            parse.InvocationConfiguration.Output.WriteLine(
                $"published {log.Origin} size {result.NewSize} (was {result.OldSize}) to {parse.GetValue(output)}: {result.FilesWritten} files, {result.BytesWritten} bytes");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
