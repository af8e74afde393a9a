using System.Text.Json;
using NodaTime;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Core.Wire;
using Parley.Ledger;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Ledger.Tiles;



namespace Parley.Audit;

/// <summary>What a successful verification established.</summary>
/// <see cref="Unchecked"/> are the checkpoint's signature lines by keys not trusted (so not checked).
public sealed record VerifyReport(
    Checkpoint Checkpoint, IReadOnlyList<VerifiedSignature> Signatures, IReadOnlyList<NoteSignature> Unchecked, long? PreviousSize,
    int Submissions, int Reveals, IReadOnlyList<ExchangeSummary> Exchanges);

/// <summary>
/// Verifies a published log from the outside (docs/public-record.md §6–§8), reading only published files: the checkpoint
/// and its signatures (the log's key and every trusted cosigner), consistency with the checkpoint verified before
/// (state folder), every entry bundle against the hash tiles and the root, every leaf's encoding and sequence, every
/// submitter's signature and counter, any revealed private parts against their commitments; and recomputes the public
/// counts. Throws <see cref="VerificationFailedException"/> at the first problem.
/// </summary>
public static class LogVerifier
{
    public const string StateCheckpoint = "checkpoint";

    public static VerifyReport Verify(LogSource source, IReadOnlyList<NoteVerifier> trusted, string? stateDirectory, IReadOnlyList<RevealedFile> reveals)
    {
        var (note, checkpoint) = ReadCheckpoint(source);
        var logKey = trusted.FirstOrDefault(k => k.Type == SignatureType.Ed25519 && k.Name == checkpoint.Origin)
            ?? throw new MalformedInputException(source.Describe(LogFiles.Checkpoint), $"no trusted key is named \"{checkpoint.Origin}\", the log's origin; pass the log's verifier key with --trust");
        IReadOnlyList<VerifiedSignature> signatures;
        try
        {
            signatures = note.Verify(trusted);
        }
        catch (NoteVerificationException e)
        {
            throw new VerificationFailedException(null, $"the checkpoint's signatures do not verify: {e.Message}");
        }
        if (!signatures.Any(s => s.Verifier.KeyId == logKey.KeyId && s.Verifier.Name == logKey.Name))
        {
            throw new VerificationFailedException(null, $"the checkpoint is not signed by the log's key {logKey.VerifierKey}");
        }
        foreach (var cosigner in trusted.Where(k => k.Type == SignatureType.Cosignature))
        {
            if (!signatures.Any(s => s.Verifier.KeyId == cosigner.KeyId && s.Verifier.Name == cosigner.Name))
            {
                throw new VerificationFailedException(null, $"the checkpoint lacks the cosignature of trusted witness \"{cosigner.Name}\"");
            }
        }

        var previous = ReadState(stateDirectory, checkpoint.Origin);
        if (previous is not null)
        {
            if (checkpoint.Size < previous.Size)
            {
                throw new VerificationFailedException(null, $"the log was truncated: its checkpoint has {checkpoint.Size} entries, but {previous.Size} were verified before (state {stateDirectory})");
            }
            if (checkpoint.Size == previous.Size && checkpoint.RootHash != previous.RootHash)
            {
                throw new VerificationFailedException(null, $"split view: the checkpoint for {checkpoint.Size} entries has root {checkpoint.RootHash.ToBase64()}, but the one verified before has root {previous.RootHash.ToBase64()} (state {stateDirectory})");
            }
        }

        var tree = new InMemoryHashStore();
        var semantics = new LeafChecks(reveals, checkpoint.Origin);
        foreach (var bundleTile in TileLayout.TilesFor(checkpoint.Size).Where(t => t.Level == 0))
        {
            var bytes = source.Fetch(bundleTile.EntriesPath)
                ?? throw new VerificationFailedException(bundleTile.Index * Tile.FullWidth, $"the entry bundle {bundleTile.EntriesPath} is missing");
            IReadOnlyList<byte[]> entries;
            try
            {
                entries = EntryBundle.Decode(bytes, bundleTile);
            }
            catch (InvalidTileException e)
            {
                throw new VerificationFailedException(bundleTile.Index * Tile.FullWidth, e.Message);
            }
            var hashTile = source.Fetch(bundleTile.Path)
                ?? throw new VerificationFailedException(bundleTile.Index * Tile.FullWidth, $"the hash tile {bundleTile.Path} is missing");
            if (hashTile.Length != bundleTile.ByteLength)
            {
                throw new VerificationFailedException(bundleTile.Index * Tile.FullWidth, $"the hash tile {bundleTile.Path} is {hashTile.Length} bytes; a tile of width {bundleTile.Width} is {bundleTile.ByteLength}");
            }
            for (var i = 0; i < entries.Count; i++)
            {
                var index = bundleTile.Index * Tile.FullWidth + i;
                var leafHash = MerkleHash.LeafHash(entries[i]);
                if (leafHash != new Hash(hashTile.AsSpan(i * Hash.Size, Hash.Size)))
                {
                    throw new VerificationFailedException(index, $"the entry does not hash to the leaf hash in {bundleTile.Path}: the event was changed after it was hashed into the tree");
                }
                tree.AppendLeafHash(leafHash);
                semantics.Check(index, entries[i]);
            }
        }
        foreach (var tile in TileLayout.TilesFor(checkpoint.Size).Where(t => t.Level > 0))
        {
            var published = source.Fetch(tile.Path)
                ?? throw new VerificationFailedException(null, $"the hash tile {tile.Path} is missing");
            if (!published.AsSpan().SequenceEqual(TileLayout.ReadTile(tree, tile)))
            {
                throw new VerificationFailedException(null, $"the hash tile {tile.Path} differs from the hashes computed from the entries");
            }
        }
        if (tree.Root != checkpoint.RootHash)
        {
            throw new VerificationFailedException(null, $"the root computed from the {checkpoint.Size} entries, {tree.Root.ToBase64()}, differs from the checkpoint's root {checkpoint.RootHash.ToBase64()}");
        }
        if (previous is not null && previous.Size < checkpoint.Size && previous.Size > 0)
        {
            var proof = new MerkleTree(tree).ConsistencyProof(previous.Size, checkpoint.Size);
            if (!MerkleProof.VerifyConsistency(previous.Size, checkpoint.Size, previous.RootHash, checkpoint.RootHash, proof))
            {
                throw new VerificationFailedException(null, $"the log is not consistent with the checkpoint of {previous.Size} entries verified before (root {previous.RootHash.ToBase64()}): its history was rewritten");
            }
        }
        semantics.Finish();
        if (stateDirectory is not null)
        {
            Directory.CreateDirectory(stateDirectory);
            File.WriteAllText(Path.Combine(stateDirectory, StateCheckpoint), note.Format());
        }
        var untrusted = note.Signatures.Where(line => !signatures.Any(s => s.Signature.Name == line.Name && s.Signature.KeyId == line.KeyId)).ToList();
        return new VerifyReport(checkpoint, signatures, untrusted, previous?.Size, semantics.Submissions, semantics.RevealsChecked,
            [.. semantics.State.Exchanges.Values.Select(ExchangeSummary.Of)]);
    }

    /// <summary>The log's published (witnessed) <c>checkpoint</c>, parsed but not yet verified.</summary>
    public static (Note Note, Checkpoint Checkpoint) ReadCheckpoint(LogSource source) => ReadCheckpoint(source, LogFiles.Checkpoint);

    /// <summary>
    /// The newest checkpoint, for a witness to cosign: <c>latest-checkpoint</c> where the log publishes one (Parley does,
    /// beside its witnessed <c>checkpoint</c>), else <c>checkpoint</c> (any other tlog-tiles log).
    /// </summary>
    public static (Note Note, Checkpoint Checkpoint) ReadNewestCheckpoint(LogSource source) =>
        source.Fetch(LogFiles.LatestCheckpoint) is { } latest ? Parse(latest, source.Describe(LogFiles.LatestCheckpoint)) : ReadCheckpoint(source, LogFiles.Checkpoint);

    private static (Note Note, Checkpoint Checkpoint) ReadCheckpoint(LogSource source, string file)
    {
        var bytes = source.Fetch(file);
        if (bytes is null)
        {
            throw new MalformedInputException(source.Describe(file), source.Fetch(LogFiles.LatestCheckpoint) is null
                ? "there is no checkpoint: this is not a published Parley log"
                : $"there is no witnessed checkpoint yet: the log's witnesses have not all cosigned one (the newest, not yet cosigned, is {source.Describe(LogFiles.LatestCheckpoint)})");
        }
        return Parse(bytes, source.Describe(file));
    }

    private static (Note Note, Checkpoint Checkpoint) Parse(byte[] bytes, string location)
    {
        try
        {
            var note = Note.Parse(bytes);
            return (note, Checkpoint.Parse(note.Text));
        }
        catch (LedgerException e)
        {
            throw new MalformedInputException(location, e.Message, e);
        }
    }

    private static Checkpoint? ReadState(string? stateDirectory, string origin)
    {
        if (stateDirectory is null)
        {
            return null;
        }
        var path = Path.Combine(stateDirectory, StateCheckpoint);
        if (!File.Exists(path))
        {
            return null;
        }
        Checkpoint previous;
        try
        {
            previous = Checkpoint.Parse(Note.Parse(File.ReadAllBytes(path)).Text);
        }
        catch (LedgerException e)
        {
            throw new MalformedInputException(path, e.Message, e);
        }
        if (previous.Origin != origin)
        {
            throw new MalformedInputException(path, $"the state holds a checkpoint of \"{previous.Origin}\", not of \"{origin}\"; use one state folder per log");
        }
        return previous;
    }

    /// <summary>
    /// The per-leaf checks that need the leaf's meaning: sequence, officers, signatures, counters, reveals; and the public
    /// figures, folded from the public parts by the domain's own fold (<see cref="ParleyState.Apply(DomainEvent)"/>), so
    /// they are the figures Parley itself shows (<see cref="ExchangeSummary.Of"/>), computed once.
    /// </summary>
    private sealed class LeafChecks(IReadOnlyList<RevealedFile> reveals, string origin)
    {
        private static readonly string SubmissionType = WireTypes.NameOf<SubmissionSigned>();

        private readonly Dictionary<string, (NoteVerifier Key, string Party)> _officers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _revoked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _partyKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (long Counter, long Entry)> _counters = new(StringComparer.Ordinal);
        private readonly Dictionary<long, RevealedFile> _reveals = reveals.GroupBy(r => r.Sequence).ToDictionary(g => g.Key, g => g.Last());
        private readonly HashSet<long> _checked = [];

        public ParleyState State { get; private set; } = ParleyState.Empty;

        public int Submissions { get; private set; }

        public int RevealsChecked { get; private set; }

        public void Check(long index, byte[] data)
        {
            EventLeaf leaf;
            try
            {
                leaf = EventLeaf.Decode(data);
            }
            catch (LeafFormatException malformed)
            {
                throw new VerificationFailedException(index, $"the leaf is not a valid Parley leaf: {malformed.Message}");
            }
            if (leaf.Sequence != index + 1)
            {
                throw new VerificationFailedException(index, $"the leaf holds event sequence {leaf.Sequence} where {index + 1} belongs: events were reordered, removed or inserted");
            }
            if (_reveals.TryGetValue(leaf.Sequence, out var revealed))
            {
                if (leaf.Commitment is not { } commitment)
                {
                    throw new VerificationFailedException(index, "a private part was revealed for this event, but its leaf commits to none");
                }
                if (!Commitment.Matches(commitment, revealed.Salt, revealed.Private))
                {
                    throw new VerificationFailedException(index, "the revealed private part does not match the commitment in the leaf");
                }
                RevealsChecked++;
                _checked.Add(leaf.Sequence);
            }
            if (leaf.Signature is not null && leaf.Type != SubmissionType)
            {
                throw new VerificationFailedException(index, $"a {leaf.Type} event carries a submitter's signature; only {SubmissionType} events may");
            }
            var e = Decode(index, leaf);
            switch (e)
            {
                case OfficerRegistered officer:
                    CheckEndorsement(index, officer.Party, officer.Key, officer.Endorsement);
                    RegisterOfficer(index, officer);
                    break;
                case PartyKeyRegistered partyKey:
                    _partyKeys[partyKey.Party] = partyKey.Key;
                    break;
                case OfficerKeyRevoked revoked:
                    _revoked[revoked.Officer] = index;
                    break;
                case OfficerKeyRotated rotated:
                    CheckEndorsement(index, rotated.Party, rotated.Key, rotated.Endorsement);
                    RotateOfficer(index, rotated);
                    break;
                case SubmissionSigned submission:
                    CheckSubmission(index, leaf, submission);
                    break;
            }
            try
            {
                State = State.Apply(e);
            }
            catch (Exception failure) when (failure is KeyNotFoundException or ArgumentException or InvalidOperationException or NullReferenceException)
            {
                throw new VerificationFailedException(index, $"the {leaf.Type} event does not follow from the log before it (it names something never recorded, or moves it twice)");
            }
        }

        public void Finish()
        {
            var outside = _reveals.Keys.Where(sequence => !_checked.Contains(sequence)).Order().FirstOrDefault();
            if (outside != 0)
            {
                throw new VerificationFailedException(null, $"a revealed private part names event {outside}, which is not in the log");
            }
        }

        private static DomainEvent Decode(long index, EventLeaf leaf)
        {
            try
            {
                return EventCodec.DecodePublic(leaf.Type, leaf.Public);
            }
            catch (UnknownEventTypeException)
            {
                throw new VerificationFailedException(index, $"the leaf's event type '{leaf.Type}' is not one Parley writes");
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidFieldException or InvalidOperationException)
            {
                throw new VerificationFailedException(index, $"the public part is not a valid {leaf.Type} event: {e.Message}");
            }
        }

        private void RegisterOfficer(long index, OfficerRegistered officer)
        {
            NoteVerifier key;
            try
            {
                key = NoteVerifier.Parse(officer.Key);
            }
            catch (LedgerException e)
            {
                throw new VerificationFailedException(index, $"the officer's key is not a valid verifier key: {e.Message}");
            }
            _officers[key.Name] = (key, officer.Party);
        }

        /// <summary>
        /// Once a party's key is in the log, each of its officers' keys registered or rotated after it carries that key's
        /// endorsement for this log (docs/public-record.md §8); an outsider checks it from the leaves alone.
        /// </summary>
        private void CheckEndorsement(long index, string party, string key, string? endorsement)
        {
            if (!_partyKeys.TryGetValue(party, out var partyKey))
            {
                return;
            }
            bool valid;
            try
            {
                valid = endorsement is not null && OfficerEndorsement.Verify(NoteVerifier.Parse(partyKey), endorsement, origin, party, key);
            }
            catch (Exception e) when (e is LedgerException or ArgumentException)
            {
                valid = false;
            }
            if (!valid)
            {
                throw new VerificationFailedException(index, $"an officer's key for party \"{party}\" is recorded without a valid endorsement by the party's own key");
            }
        }

        private void RotateOfficer(long index, OfficerKeyRotated rotated)
        {
            if (!_officers.TryGetValue(rotated.Officer, out var registered))
            {
                throw new VerificationFailedException(index, $"the key of \"{rotated.Officer}\" is rotated, but no such officer is registered earlier in the log");
            }
            try
            {
                _officers[rotated.Officer] = (NoteVerifier.Parse(rotated.Key), registered.Party);
            }
            catch (LedgerException e)
            {
                throw new VerificationFailedException(index, $"the officer's new key is not a valid verifier key: {e.Message}");
            }
            _revoked.Remove(rotated.Officer);
        }

        private void CheckSubmission(long index, EventLeaf leaf, SubmissionSigned signed)
        {
            var officer = signed.Officer;
            if (leaf.Signature is not { } signature || leaf.Commitment is not { } commitment)
            {
                throw new VerificationFailedException(index, "a signed submission's leaf lacks its signature or its commitment");
            }
            if (!_officers.TryGetValue(officer, out var registered))
            {
                throw new VerificationFailedException(index, $"the submission is signed by \"{officer}\", who is not a registered officer earlier in the log");
            }
            if (registered.Party != signed.Party)
            {
                throw new VerificationFailedException(index, $"officer \"{officer}\" belongs to party {registered.Party}, but the submission is for party {signed.Party}");
            }
            if (_revoked.TryGetValue(officer, out var revokedAt))
            {
                throw new VerificationFailedException(index, $"officer \"{officer}\"'s key was revoked by entry {revokedAt}, but a submission signed with it was recorded after");
            }
            if (signed.Origin is { } signedFor && signedFor != origin)
            {
                throw new VerificationFailedException(index, $"the submission was signed for the log \"{signedFor}\", not this one (\"{origin}\"): it was moved from another log");
            }
            if (signed.NotAfter is { } notAfter && leaf.RecordedAtUnixMs > notAfter.ToUnixTimeMilliseconds())
            {
                throw new VerificationFailedException(index, $"the submission was recorded at {Instant.FromUnixTimeMilliseconds(leaf.RecordedAtUnixMs)}, after the time it was signed to be valid until ({notAfter})");
            }
            Submission submission;
            try
            {
                submission = new Submission(signed.Exchange, signed.Party, officer, signed.Counter, signed.Command, commitment, signed.Origin, signed.NotAfter?.ToDateTimeOffset());
            }
            catch (Exception e) when (e is ArgumentException or LedgerException)
            {
                throw new VerificationFailedException(index, $"the submission's fields are not valid: {e.Message}");
            }
            if (!submission.Verify(registered.Key, signature))
            {
                throw new VerificationFailedException(index, $"the signature of officer \"{officer}\" does not verify: the submission was forged or altered");
            }
            if (_counters.TryGetValue(officer, out var last) && signed.Counter <= last.Counter)
            {
                throw new VerificationFailedException(index, $"officer \"{officer}\" used counter {signed.Counter}, not above {last.Counter} (entry {last.Entry}): a replayed submission");
            }
            _counters[officer] = (signed.Counter, index);
            Submissions++;
        }
    }
}
