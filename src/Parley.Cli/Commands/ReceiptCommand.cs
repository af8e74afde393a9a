using System.CommandLine;
using System.Security.Cryptography;
using Parley.Core.Actors;
using Parley.Core.Families;
using Parley.Server.Family;
using Parley.Store;
using Parley.Store.Domain;
using DomainCommand = Parley.Core.Commands.Command;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley receipt issue|revoke --db PATH --exchange X --person P`: family receipts (issue 13, docs/commands.md). The code
/// is made here from the operating system's cryptographic generator, printed once in groups (standard output) with its
/// QR code written as SVG (<c>--qr FILE</c>); only its hashes are recorded.
/// </summary>
internal static class ReceiptCommand
{
    public static Command Create()
    {
        return new Command("receipt", "Family receipts: a code a family uses on /family to see one person's status.") { Issue(), Revoke() };
    }

    private static Command Issue()
    {
        var (db, exchange, person, party) = Common();
        var reissue = new Option<bool>("--reissue") { Description = "Revoke the person's live receipt and issue a new one." };
        var qr = new Option<FileInfo?>("--qr") { Description = "Write the receipt's QR code here, as SVG.", HelpName = "FILE" };
        var url = new Option<string?>("--url") { Description = "The server's public address: the QR code then opens URL/family with the code in the fragment.", HelpName = "URL" };
        var command = new Command("issue", "Issue a family receipt for a person on a request list and print its code once.") { db, CommonOptions.LogKey(), exchange, person, party, reissue, qr, url };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var code = ReceiptCode.FromEntropy(RandomNumberGenerator.GetBytes(ReceiptCode.EntropyBytes));
            var outcome = Execute(parse, parse.GetValue(db)!, new Core.Commands.IssueReceipt(parse.GetValue(exchange)!, parse.GetValue(person)!,
                code.Lookup, code.FeedLookup, parse.GetValue(reissue)), parse.GetValue(party));
            if (!outcome.Accepted)
            {
                parse.InvocationConfiguration.Error.WriteLine($"parley: {outcome.Reason}");
                return ExitCodes.BadInput;
            }
            parse.InvocationConfiguration.Output.WriteLine(code.Grouped);
            if (parse.GetValue(qr) is { } file)
            {
                // The QR code opens the receipt: it is as secret as the code, so owner-only like every output that is.
                using (var stream = PrivateFiles.OpenWrite(file.FullName))
                using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
                {
                    writer.Write(ReceiptPrint.Svg(ReceiptPrint.QrText(code.Grouped, parse.GetValue(url))));
                }
                parse.InvocationConfiguration.Error.WriteLine($"parley: QR code written to {file.FullName}");
            }
            parse.InvocationConfiguration.Error.WriteLine("parley: the code is shown only now; give it to the family, and revoke it with `parley receipt revoke` if it is lost.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var (db, exchange, person, party) = Common();
        var command = new Command("revoke", "Revoke a person's family receipt: its code opens nothing from now on.") { db, CommonOptions.LogKey(), exchange, person, party };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var outcome = Execute(parse, parse.GetValue(db)!, new Core.Commands.RevokeReceipt(parse.GetValue(exchange)!, parse.GetValue(person)!), parse.GetValue(party));
            if (!outcome.Accepted)
            {
                parse.InvocationConfiguration.Error.WriteLine($"parley: {outcome.Reason}");
                return ExitCodes.BadInput;
            }
            parse.InvocationConfiguration.Output.WriteLine($"revoked the receipt of {parse.GetValue(person)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static (Option<string> Db, Option<string> Exchange, Option<string> Person, Option<string?> Party) Common() => (
        CommonOptions.Database(),
        new Option<string>("--exchange") { Description = "The exchange.", Required = true, HelpName = "ID" },
        new Option<string>("--person") { Description = "The request's id on the party's request list.", Required = true, HelpName = "ID" },
        new Option<string?>("--party") { Description = "Act as this party's officer (the decider then holds it to its own request list); without it, as the operator.", HelpName = "CODE" });

    private static CommandOutcome Execute(ParseResult parse, string db, DomainCommand command, string? party)
    {
        using var store = ParleyStore.Open(db, OpenMode.MustExist, settings: CommonOptions.StoreSettings(parse));
        var actor = party is null ? Actor.CommandLine : new Actor(ActorRole.Party, "cli", party);
        return store.Execute(command, actor);
    }
}
