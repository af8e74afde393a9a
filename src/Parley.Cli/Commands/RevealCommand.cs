using System.CommandLine;
using System.Text;
using System.Text.Json;
using Parley.Cli.PublicRecord;
using Parley.Store.PublicRecord;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley reveal --db PATH --event N…`: prints each event's private part with the salt of its commitment, one JSON
/// object a line, for those entitled to it; `parley verify --reveal FILE` checks it against the public leaf.
/// </summary>
internal static class RevealCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var events = new Option<long[]>("--event") { Description = "The event's sequence number (repeatable).", Required = true, AllowMultipleArgumentsPerToken = true, HelpName = "N" };
        var command = new Command("reveal", "Print events' private parts (personal data) with the salts of their public commitments.") { db, events };
        command.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            using var log = PublicLog.Open(parse.GetValue(db)!);
            foreach (var sequence in parse.GetValue(events)!)
            {
                var part = log.Reveal(sequence);
                parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(new
                {
                    sequence = part.Sequence,
                    type = part.Type,
                    salt = Convert.ToBase64String(part.Salt),
                    commitment = part.Commitment.ToBase64(),
                    @private = Encoding.UTF8.GetString(part.Private),
                }, RevealJson));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static readonly JsonSerializerOptions RevealJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
