using System.CommandLine;
using Parley.Audit;
using Parley.Cli.PublicRecord;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Store.PublicRecord;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley keys new --name NAME --out FILE [--witness]`: a new Ed25519 key, the private key written to FILE readable only
/// by its owner, the verifier key printed. `parley keys show [--db PATH]`: the log's verifier key (docs/public-record.md §2).
/// `parley keys endorse --key PARTY_KEY --origin ORIGIN --party CODE OFFICER_KEY`: the party's endorsement of an officer's
/// (or witness's) verifier key, for the <c>endorsement</c> of <c>register-officer</c> and <c>rotate-officer-key</c> (§8).
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The key's name, e.g. ua.officer or parley.example/witness-ua (no spaces or '+').", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the private key (never overwritten; mode 0600).", Required = true, HelpName = "FILE" };
        var witness = new Option<bool>("--witness") { Description = "A witness key for cosignatures (type 0x04, tlog-cosignature) rather than a signing key (0x01)." };
        var create = new Command("new", "Create an Ed25519 key: write the private key to a file only you can read, print the verifier key.") { name, output, witness };
        create.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            using var signer = NoteSigner.Generate(parse.GetValue(name)!, parse.GetValue(witness) ? SignatureType.Cosignature : SignatureType.Ed25519);
            LogKey.WritePrivateKey(parse.GetValue(output)!, signer.FormatPrivateKey());
            parse.InvocationConfiguration.Output.WriteLine(signer.Verifier.VerifierKey);
            return ExitCodes.Ok;
        }));

        var db = CommonOptions.Database();
        var show = new Command("show", "Print the verifier key of the log's signing key (--log-key FILE, or beside an SQLite database as PATH.key).") { db, CommonOptions.LogKey() };
        show.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            parse.InvocationConfiguration.Output.WriteLine(ReadLogVerifier(CommonOptions.LogKeyFile(parse, parse.GetValue(db)!)).VerifierKey);
            return ExitCodes.Ok;
        }));

        var partyKey = new Option<string>("--key") { Description = "The party's own private key file (from 'parley keys new', recorded with register-party-key).", Required = true, HelpName = "FILE" };
        var origin = new Option<string>("--origin") { Description = "The log the officer is registered on: its origin ('parley keys show', or a checkpoint's first line).", Required = true, HelpName = "ORIGIN" };
        var party = new Option<string>("--party") { Description = "The party's code, e.g. UA.", Required = true, HelpName = "CODE" };
        var officerKey = new Argument<string>("officer-key") { Description = "The officer's (or witness's) verifier key, name+keyid+base64, as 'parley keys new' printed it." };
        var endorse = new Command("endorse", "Endorse an officer's or a witness's key with the party's own key: print the endorsement for register-officer or rotate-officer-key.")
        {
            partyKey, origin, party, officerKey,
        };
        endorse.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var file = parse.GetValue(partyKey)!;
            using var signer = LogKey.Read(file);
            if (signer.Type != SignatureType.Ed25519)
            {
                throw new MalformedInputException(file, "this is a witness key (type 0x04); a party endorses with a signing key from 'parley keys new' without --witness");
            }
            var endorsed = parse.GetValue(officerKey)!;
            try
            {
                NoteVerifier.Parse(endorsed);
            }
            catch (Ledger.LedgerException e)
            {
                throw new MalformedInputException("officer-key", $"not a verifier key (name+keyid+base64): {e.Message}");
            }
            parse.InvocationConfiguration.Output.WriteLine(OfficerEndorsement.Sign(signer, parse.GetValue(origin)!, parse.GetValue(party)!, endorsed));
            return ExitCodes.Ok;
        }));

        return new Command("keys", "Manage Ed25519 keys: the log's signing key, officers' keys, witnesses' keys, a party's endorsements.") { create, show, endorse };
    }

    /// <summary>The verifier of the log key in <paramref name="keyFile"/> (<see cref="CommonOptions.LogKeyFile"/>).</summary>
    internal static NoteVerifier ReadLogVerifier(string keyFile)
    {
        using var signer = LogKey.Read(keyFile);
        return signer.Verifier;
    }
}
