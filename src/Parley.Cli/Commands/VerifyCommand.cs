using System.CommandLine;
using System.Text;
using System.Text.Json;
using Parley.Audit;
using Parley.Cli.PublicRecord;
using Parley.Cli.Rendering;
using Parley.Ledger.Notes;
using Parley.Store.PublicRecord;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley verify DIR_OR_URL [--trust KEYFILE…] [--state DIR] [--reveal FILE…]`: checks a published log from the
/// outside (never the database) and prints the public counts; exit 1 at the first problem, 2 on malformed input.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var location = new Argument<string>("DIR_OR_URL") { Description = "The published log: a folder or an http(s):// URL (tlog-tiles layout)." };
        var trust = new Option<string[]>("--trust") { Description = "Files of trusted verifier keys: the log's key and any witnesses' keys (whose cosignatures are then required).", AllowMultipleArgumentsPerToken = true, HelpName = "KEYFILE" };
        var state = new Option<string?>("--state") { Description = "A folder remembering the last verified checkpoint: the log must be consistent with it.", HelpName = "DIR" };
        var reveal = new Option<string[]>("--reveal") { Description = "Files printed by 'parley reveal': check those private parts against their commitments.", AllowMultipleArgumentsPerToken = true, HelpName = "FILE" };
        var json = CommonOptions.Json();
        var command = new Command("verify", "Verify a published log independently: signatures, tiles, root, consistency, leaves, submitters' signatures; print the public counts.")
        {
            location, trust, state, reveal, json,
        };
        command.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            using var source = LogSource.For(parse.GetValue(location)!);
            var trustFiles = parse.GetValue(trust) ?? [];
            IReadOnlyList<NoteVerifier> trusted;
            if (trustFiles.Length == 0)
            {
                var published = source.Fetch(TilePublisher.VerifierKeyFile)
                    ?? throw new MalformedInputException(source.Describe(TilePublisher.VerifierKeyFile), "there is no log.pub and no --trust was given: pass the log's verifier key with --trust");
                trusted = TrustedKeys.Parse(Encoding.UTF8.GetString(published), source.Describe(TilePublisher.VerifierKeyFile));
                parse.InvocationConfiguration.Error.WriteLine("parley: warning: no --trust given; trusting log.pub from the log itself, which proves nothing about who signed it");
            }
            else
            {
                trusted = TrustedKeys.Read(trustFiles);
            }
            var reveals = (parse.GetValue(reveal) ?? []).SelectMany(RevealedFile.Read).ToList();
            var report = LogVerifier.Verify(source, trusted, parse.GetValue(state), reveals);
            if (parse.GetValue(json))
            {
                // The same figures, from the same projection, as `parley status --json` shows from the database.
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    origin = report.Checkpoint.Origin,
                    size = report.Checkpoint.Size,
                    root = report.Checkpoint.RootHash.ToBase64(),
                    signedBy = report.Signatures.Select(s => s.Verifier.Name),
                    consistentWith = report.PreviousSize,
                    submissions = report.Submissions,
                    reveals = report.Reveals,
                    exchanges = report.Exchanges.OrderBy(x => x.Id, StringComparer.Ordinal),
                }, CliJson.Indented));
                return ExitCodes.Ok;
            }
            output.WriteLine($"verified {report.Checkpoint.Origin}: {report.Checkpoint.Size} entries, root {report.Checkpoint.RootHash.ToBase64()}");
            foreach (var signature in report.Signatures)
            {
                output.WriteLine(signature.Timestamp is { } time
                    ? $"cosigned by {signature.Verifier.Name} at {DateTimeOffset.FromUnixTimeSeconds(time):yyyy-MM-ddTHH:mm:ssZ}"
                    : $"signed by {signature.Verifier.Name}");
            }
            foreach (var line in report.Unchecked)
            {
                output.WriteLine($"not checked: a signature by {line.Name} (key ID {line.KeyId:x8}), not a trusted key");
            }
            if (report.PreviousSize is { } previous)
            {
                output.WriteLine($"consistent with the checkpoint of {previous} entries verified before");
            }
            output.WriteLine($"{report.Submissions} signed submissions verified; {report.Reveals} revealed private parts match their commitments");
            var console = Consoles.For(output);
            foreach (var exchange in report.Exchanges.OrderBy(x => x.Id, StringComparer.Ordinal))
            {
                ExchangeView.Render(console, exchange);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
