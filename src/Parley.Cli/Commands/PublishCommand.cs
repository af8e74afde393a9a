using System.CommandLine;
using Parley.Cli.PublicRecord;
using Parley.Ledger.Notes;
using Parley.Store.PublicRecord;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley publish --db PATH --out DIR`: the public record as static files in the tlog-tiles layout, incrementally; the
/// <c>checkpoint</c> written is the witnessed one with its witnesses' cosignatures (https://c2sp.org/tlog-cosignature),
/// <c>latest-checkpoint</c> the newest (docs/public-record.md §5).
/// </summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var output = new Option<string>("--out") { Description = "The folder to publish into (tlog-tiles layout); only new or grown tiles are written.", Required = true, HelpName = "DIR" };
        var command = new Command("publish", "Publish the log's checkpoint, hash tiles and entry bundles (c2sp.org/tlog-tiles) and log.pub into a folder.") { db, CommonOptions.LogKey(), output };
        command.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var database = parse.GetValue(db)!;
            var verifier = KeysCommand.ReadLogVerifier(CommonOptions.LogKeyFile(parse, database));
            using var log = PublicLog.Open(database);
            var result = TilePublisher.Publish(log, verifier.VerifierKey, parse.GetValue(output)!);
            parse.InvocationConfiguration.Output.WriteLine(
                $"published {log.Origin} size {result.NewSize} (was {result.OldSize}) to {parse.GetValue(output)}: {result.FilesWritten} files, {result.BytesWritten} bytes");
            parse.InvocationConfiguration.Output.WriteLine(Witnessed(log));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Witnessed(PublicLog log)
    {
        if (log.WitnessedCheckpointNote() is not { } text)
        {
            return $"checkpoint: none yet; no checkpoint is cosigned by all the log's witnesses ({string.Join(", ", log.Witnesses().Select(w => w.Key.Name))})";
        }
        var note = Note.Parse(text);
        var cosigners = note.Signatures.Where(s => s.Name != log.Origin).Select(s => s.Name).ToList();
        return $"checkpoint: {Checkpoint.Parse(note.Text).Size} entries, {(cosigners.Count == 0 ? "no cosignatures" : "cosigned by " + string.Join(", ", cosigners))}";
    }
}
