using System.Buffers.Binary;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Parley.Audit;
using Parley.Cli.PublicRecord;
using Parley.Core.Wire;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Store.PublicRecord;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley sign --key FILE --origin ORIGIN [--not-after TIME] SUBMISSION [--out FILE]`: the officer's side of a signed
/// submission (docs/public-record.md §8), a <c>parley-submission/v2</c> bound to the log ORIGIN (the first line of its
/// checkpoints) and valid until TIME (default: 24 hours from now). SUBMISSION is a JSON file
/// <c>{"party":"UA","counter":3,"command":{…a list-persons, amend-person or movement command…}}</c>; the output is one
/// `parley apply` line carrying the command text, a fresh salt and the Ed25519 signature.
/// </summary>
internal static class SignCommand
{
    private static readonly NodaTime.Text.OffsetDateTimePattern[] TimePatterns =
    [
        NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mmo<G>"),
        NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:sso<G>"),
    ];

    public static Command Create()
    {
        var key = new Option<string>("--key") { Description = "The officer's private key file (from 'parley keys new').", Required = true, HelpName = "FILE" };
        var submission = new Argument<string>("SUBMISSION") { Description = "A JSON file: {\"party\":…,\"counter\":N,\"command\":{…}}." };
        var output = new Option<string?>("--out") { Description = "Write the signed submission here instead of printing it.", HelpName = "FILE" };
        var origin = new Option<string>("--origin") { Description = "The log the submission is for: the first line of its checkpoints.", Required = true, HelpName = "ORIGIN" };
        var notAfter = new Option<string?>("--not-after") { Description = "The last time the log may accept it, such as 2025-05-23T18:00Z (default: 24 hours from now).", HelpName = "TIME" };
        var command = new Command("sign", "Sign a submission (roster, amendment, release or receipt) with an officer's key, for 'parley apply'.") { key, origin, notAfter, submission, output };
        command.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var until = parse.GetValue(notAfter) is { } text ? ParseTime(text) : DateTimeOffset.UtcNow.AddHours(24);
            var line = Sign(parse.GetValue(key)!, parse.GetValue(submission)!, parse.GetValue(origin)!, until);
            if (parse.GetValue(output) is { } file)
            {
                // A signed submission carries the submitted list itself: personal data, readable by its owner alone.
                using (var stream = PrivateFiles.OpenWrite(file))
                using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
                {
                    writer.Write(line + "\n");
                }
            }
            else
            {
                parse.InvocationConfiguration.Output.WriteLine(line);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A time with its offset (RFC 3339), as the option's error names it.</summary>
    private static DateTimeOffset ParseTime(string text) =>
        TimePatterns.Select(p => p.Parse(text)).FirstOrDefault(r => r.Success) is { } parsed
            ? parsed.Value.ToDateTimeOffset()
            : throw new ArgumentException($"--not-after: expected a time with its offset such as 2025-05-23T18:00Z, found '{text}'", "--not-after");


    internal static string Sign(string keyFile, string submissionFile, string origin, DateTimeOffset notAfter)
    {
        using var officer = LogKey.Read(keyFile);
        if (officer.Type != SignatureType.Ed25519)
        {
            throw new MalformedInputException(keyFile, "this is a witness key (type 0x04); officers sign with a signing key from 'parley keys new' without --witness");
        }
        if (!File.Exists(submissionFile))
        {
            throw new FileNotFoundException($"no such file: {submissionFile}", submissionFile);
        }
        string party;
        long counter;
        string text;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(submissionFile));
            var root = document.RootElement;
            party = root.GetProperty("party").GetString() ?? throw new FormatException("'party' must be text");
            counter = root.GetProperty("counter").GetInt64();
            text = root.GetProperty("command").GetRawText();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new MalformedInputException(submissionFile, $"not a submission ({e.Message.Split(". ")[0].TrimEnd('.')}); expected {{\"party\":…,\"counter\":N,\"command\":{{…}}}}");
        }
        Core.Commands.Command inner;
        try
        {
            inner = CommandReader.Parse(text);
        }
        catch (CommandFormatException e)
        {
            throw new MalformedInputException(submissionFile, $"field 'command': {e.Message}");
        }
        var exchange = inner switch
        {
            Core.Commands.SubmitList l => l.Exchange,
            Core.Commands.ListPersons l => l.Exchange,
            Core.Commands.AmendPerson a => a.Exchange,
            Core.Commands.ConfirmMatch c => c.Exchange,
            Core.Commands.MovePersons m => m.Exchange,
            _ => throw new MalformedInputException(submissionFile, $"'{inner.Name}' cannot be submitted signed; only lists (submit-list, list-persons), amendments (amend-person), confirmations (confirm-match) and movements"),
        };
        var salt = Commitment.NewSalt();
        var statement = new Submission(exchange, party, officer.Name, counter, inner.Name, Commitment.Compute(salt, Encoding.UTF8.GetBytes(text)), origin, notAfter);
        var signature = statement.Sign(officer);
        var signatureBytes = new byte[4 + LeafSignature.SignatureSize];
        BinaryPrimitives.WriteUInt32BigEndian(signatureBytes, signature.KeyId);
        signature.Signature.CopyTo(signatureBytes.AsSpan(4));
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["command"] = SignedSubmission.CommandName,
            ["exchange"] = exchange,
            ["party"] = party,
            ["officer"] = officer.Name,
            ["counter"] = counter,
            ["origin"] = origin,
            ["notAfter"] = Submission.FormatTime(statement.NotAfter!.Value),
            ["submission"] = text,
            ["salt"] = Convert.ToBase64String(salt),
            ["signature"] = Convert.ToBase64String(signatureBytes),
        }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
