using System.CommandLine;
using System.Text;
using Parley.Audit;
using Parley.Cli.PublicRecord;
using Parley.Ledger;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;
using Parley.Store.PublicRecord;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley cosign --log DIR_OR_URL --key FILE --state DIR [--log-key KEYFILE] [--submit]`: a party as witness
/// (https://c2sp.org/tlog-cosignature). Verifies the newest checkpoint (<c>latest-checkpoint</c>, else <c>checkpoint</c>)
/// against the log's key and checks it is consistent with the last one this witness cosigned (kept in the state folder),
/// using the published tiles; then adds a timestamped cosignature and prints the cosigned checkpoint. With --submit
/// (an http(s) log) it posts the cosignature to the log's <c>cosignatures</c> endpoint. On a fork it refuses, saves both
/// checkpoints under DIR/fork-&lt;time&gt;/ as evidence and exits 1.
/// </summary>
internal static class CosignCommand
{
    public static Command Create()
    {
        var log = new Option<string>("--log") { Description = "The published log: a folder or an http(s):// URL.", Required = true, HelpName = "DIR_OR_URL" };
        var key = new Option<string>("--key") { Description = "The witness's private key file (from 'parley keys new --witness').", Required = true, HelpName = "FILE" };
        var state = new Option<string>("--state") { Description = "The witness's state folder: the last cosigned checkpoint and the log's key.", Required = true, HelpName = "DIR" };
        var logKey = new Option<string?>("--log-key") { Description = "The log's verifier key file; on first use without it, log.pub is trusted and remembered.", HelpName = "KEYFILE" };
        var submit = new Option<bool>("--submit") { Description = "Post the cosignature to the log (an http(s):// URL of a Parley server), which then publishes it with the checkpoint." };
        var command = new Command("cosign", "Witness a published log: cosign its newest checkpoint if consistent with the last one seen; refuse and keep evidence on a fork.")
        {
            log, key, state, logKey, submit,
        };
        command.SetAction(parse => PublicRecordFailures.Run(parse.InvocationConfiguration.Error, () =>
            Cosign(parse.GetValue(log)!, parse.GetValue(key)!, parse.GetValue(state)!, parse.GetValue(logKey), parse.GetValue(submit),
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)));
        return command;
    }

    private static int Cosign(string location, string keyFile, string stateDirectory, string? logKeyFile, bool submit, TextWriter output, TextWriter error)
    {
        if (submit && !location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !location.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new MalformedInputException(location, "--submit posts the cosignature to a Parley server: give the log as its http(s):// URL (e.g. http://host:5080/log)");
        }
        using var witness = LogKey.Read(keyFile);
        if (witness.Type != SignatureType.Cosignature)
        {
            throw new MalformedInputException(keyFile, "this is a signing key (type 0x01); a witness cosigns with a witness key: parley keys new --witness");
        }
        using var source = LogSource.For(location);
        var (note, checkpoint) = LogVerifier.ReadNewestCheckpoint(source);
        Directory.CreateDirectory(stateDirectory);
        var logVerifier = LogKeyFor(source, stateDirectory, logKeyFile, checkpoint.Origin);
        try
        {
            Checkpoint.ParseVerified(new Note(note.Text, note.Signatures.Where(s => s.Name == logVerifier.Name && s.KeyId == logVerifier.KeyId)), [logVerifier]);
        }
        catch (LedgerException e)
        {
            throw new VerificationFailedException(null, $"the checkpoint is not validly signed by the log's key {logVerifier.VerifierKey}: {e.Message}");
        }

        var seenPath = Path.Combine(stateDirectory, LogVerifier.StateCheckpoint);
        if (File.Exists(seenPath))
        {
            var seenNote = File.ReadAllBytes(seenPath);
            Checkpoint seen;
            try
            {
                seen = Checkpoint.Parse(Note.Parse(seenNote).Text);
            }
            catch (LedgerException e)
            {
                throw new MalformedInputException(seenPath, e.Message, e);
            }
            var problem = Inconsistency(source, seen, checkpoint);
            if (problem is not null)
            {
                var evidence = Path.Combine(stateDirectory, $"fork-{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
                Directory.CreateDirectory(evidence);
                File.WriteAllBytes(Path.Combine(evidence, "seen-checkpoint"), seenNote);
                File.WriteAllText(Path.Combine(evidence, "presented-checkpoint"), note.Format());
                throw new VerificationFailedException(null, $"{problem}; refusing to cosign. Both checkpoints are saved as evidence in {evidence}");
            }
        }
        // Another witness's cosignatures may already be on the note; this witness's own earlier line is replaced.
        var others = note.Signatures.Where(s => !(s.Name == witness.Name && s.KeyId == witness.Verifier.KeyId));
        var line = witness.Cosign(note.Text, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var cosigned = new Note(note.Text, [.. others, line]);
        File.WriteAllText(seenPath, cosigned.Format());
        output.Write(cosigned.Format());
        if (submit)
        {
            var logSignatures = note.Signatures.Where(s => s.Name == logVerifier.Name && s.KeyId == logVerifier.KeyId);
            error.WriteLine("parley: " + CosignatureSubmitter.Submit(location, new Note(note.Text, [.. logSignatures, line])));
        }
        return ExitCodes.Ok;
    }

    private static string? Inconsistency(LogSource source, Checkpoint seen, Checkpoint presented)
    {
        if (seen.Origin != presented.Origin)
        {
            return $"the log presents origin \"{presented.Origin}\" but this witness follows \"{seen.Origin}\"";
        }
        if (presented.Size < seen.Size)
        {
            return $"the log was truncated or rolled back: it presents {presented.Size} entries, but this witness cosigned {seen.Size}";
        }
        if (presented.Size == seen.Size)
        {
            return presented.RootHash == seen.RootHash
                ? null
                : $"fork (split view): two different trees of {seen.Size} entries, roots {seen.RootHash.ToBase64()} (cosigned before) and {presented.RootHash.ToBase64()}";
        }
        if (seen.Size == 0)
        {
            return null;
        }
        try
        {
            var tiles = new TileHashReader(presented.Size, tile => source.Fetch(tile.Path)
                ?? throw new InvalidTileException(tile.Path, "the tile is not published"));
            var proof = new MerkleTree(tiles).ConsistencyProof(seen.Size, presented.Size);
            return MerkleProof.VerifyConsistency(seen.Size, presented.Size, seen.RootHash, presented.RootHash, proof)
                ? null
                : $"fork: the tree of {presented.Size} entries does not extend the tree of {seen.Size} entries this witness cosigned";
        }
        catch (LedgerException e)
        {
            return $"fork or broken log: no consistency proof from {seen.Size} to {presented.Size} entries can be built from the published tiles ({e.Message})";
        }
    }

    private static NoteVerifier LogKeyFor(LogSource source, string stateDirectory, string? logKeyFile, string origin)
    {
        var remembered = Path.Combine(stateDirectory, TilePublisher.VerifierKeyFile);
        string text;
        string where;
        if (logKeyFile is not null)
        {
            text = File.ReadAllText(logKeyFile);
            where = logKeyFile;
        }
        else if (File.Exists(remembered))
        {
            text = File.ReadAllText(remembered);
            where = remembered;
        }
        else
        {
            var published = source.Fetch(TilePublisher.VerifierKeyFile)
                ?? throw new MalformedInputException(source.Describe(TilePublisher.VerifierKeyFile), "there is no log.pub; pass the log's verifier key with --log-key");
            text = Encoding.UTF8.GetString(published);
            where = source.Describe(TilePublisher.VerifierKeyFile);
        }
        var key = TrustedKeys.Parse(text, where).FirstOrDefault(k => k.Name == origin && k.Type == SignatureType.Ed25519)
            ?? throw new MalformedInputException(where, $"no verifier key named \"{origin}\" (the log's origin)");
        if (!File.Exists(remembered))
        {
            File.WriteAllText(remembered, key.VerifierKey + "\n");
        }
        return key;
    }
}
