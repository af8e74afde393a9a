using System.Text;
using Parley.Ledger.Records;

namespace Parley.Cli.Tests.PublicRecord;

/// <summary>Issue 4's tampering trials: each one is caught by `parley verify` (or the witness) with the right message.</summary>
public sealed class TamperingTests
{
    private const int SubmissionEntry = 10; // event 11: the officer's signed roster

    [Fact]
    public async Task an_honest_log_verifies_with_its_signed_submission_and_public_counts()
    {
        using var record = await PublishedRecord.Create();

        var result = await record.Verify();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"verified parley\.example/parley-[0-9a-f]{8}: 13 entries", result.Output);
        Assert.Contains("1 signed submissions verified", result.Output, StringComparison.Ordinal);
        Assert.Contains("RU → UA", result.Output, StringComparison.Ordinal);
        // The figures an outsider recomputes from the published leaves are the figures Parley shows.
        var json = await record.Verify(null, "--json");
        using var status = await Status.Of(record.Db);
        Assert.Equal(PublicFigures.Exchanges(status.Root), PublicFigures.Exchanges(PublicFigures.Json(json)));
        Assert.Equal(3, status.Exchange("x1").GetProperty("a").GetProperty("offered").GetInt32());
        Assert.Equal(2, status.Exchange("x1").GetProperty("b").GetProperty("offered").GetInt32());
    }

    [Fact]
    public async Task an_event_edited_in_the_database_after_publishing_is_caught_at_its_entry()
    {
        using var record = await PublishedRecord.Create();
        record.Tamper("UPDATE events SET public = CAST(replace(CAST(public AS TEXT), 'p-000002', 'p-000009') AS BLOB) WHERE seq = 9;");
        await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", record.Db, "--out", record.Folder.File("again")));

        var result = await record.Verify(record.Folder.File("again"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("entry 8 (event 9): the entry does not hash to the leaf hash in tile/0/000.p/13", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_truncated_log_is_caught_against_the_checkpoint_verified_before()
    {
        using var record = await PublishedRecord.Create();
        var state = record.Folder.File("state");
        var shorter = record.Republish(record.PublishedLeaves().Take(10).ToList(), "shorter");
        await PublishedRecord.Ok(record.Verify(null, "--state", state));

        var result = await record.Verify(shorter, "--state", state);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("the log was truncated: its checkpoint has 10 entries, but 13 were verified before", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task two_swapped_events_are_caught_even_when_the_operator_rehashes_and_re_signs()
    {
        using var record = await PublishedRecord.Create();
        var leaves = record.PublishedLeaves();
        (leaves[7], leaves[8]) = (leaves[8], leaves[7]);

        var result = await record.Verify(record.Republish(leaves, "swapped"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("entry 7 (event 8): the leaf holds event sequence 9 where 8 belongs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_rewritten_history_is_caught_as_inconsistent_with_the_checkpoint_verified_before()
    {
        using var record = await PublishedRecord.Create();
        var state = record.Folder.File("state");
        await PublishedRecord.Ok(record.Verify(null, "--state", state));
        var leaves = record.PublishedLeaves();
        leaves[3] = PublishedRecord.Change(leaves[3], l => new EventLeaf(l.Sequence, l.Type, l.RecordedAtUnixMs + 1, l.Public, l.Commitment, l.Signature));
        leaves.Add(PublishedRecord.Change(leaves[12], l => new EventLeaf(14, "person.amended", l.RecordedAtUnixMs, Encoding.UTF8.GetBytes("""{"exchange":"x1","person":"p-000012","term":0}"""), l.Commitment, null)));

        var result = await record.Verify(record.Republish(leaves, "rewritten"), "--state", state);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("not consistent with the checkpoint of 13 entries verified before", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_split_view_shown_to_a_witness_is_refused_and_both_checkpoints_are_kept_as_evidence()
    {
        using var record = await PublishedRecord.Create();
        var witnessKey = record.Folder.File("witness.key");
        var state = record.Folder.File("witness");
        await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", "ua.witness", "--witness", "--out", witnessKey));
        var first = await ParleyCli.Run("cosign", "--log", record.Published, "--key", witnessKey, "--state", state, "--log-key", record.LogKeyFile);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("— ua.witness ", first.Output, StringComparison.Ordinal);
        var leaves = record.PublishedLeaves();
        leaves[12] = PublishedRecord.Change(leaves[12], l => new EventLeaf(l.Sequence, l.Type, l.RecordedAtUnixMs + 1000, l.Public, l.Commitment, l.Signature));
        var other = record.Republish(leaves, "other-view");

        var second = await ParleyCli.Run("cosign", "--log", other, "--key", witnessKey, "--state", state);

        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.Contains("fork (split view): two different trees of 13 entries", second.Error, StringComparison.Ordinal);
        var evidence = Assert.Single(Directory.GetDirectories(state, "fork-*"));
        Assert.Equal(File.ReadAllText(Path.Combine(record.Published, "checkpoint")), Between(File.ReadAllText(Path.Combine(evidence, "seen-checkpoint"))));
        Assert.Equal(File.ReadAllText(Path.Combine(other, "checkpoint")), File.ReadAllText(Path.Combine(evidence, "presented-checkpoint")));
        var verifier = await record.Verify(other, "--state", record.Folder.File("verifier-state-unused"));
        Assert.True(verifier.ExitCode == 0, verifier.ToString()); // on its own, the other view is a valid log: only a witness who saw both can tell

        static string Between(string cosigned) => string.Join("\n", cosigned.Split('\n').Where(l => !l.StartsWith("— ua.witness ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task a_split_view_is_caught_by_verify_against_its_state()
    {
        using var record = await PublishedRecord.Create();
        var state = record.Folder.File("state");
        await PublishedRecord.Ok(record.Verify(null, "--state", state));
        var leaves = record.PublishedLeaves();
        leaves[12] = PublishedRecord.Change(leaves[12], l => new EventLeaf(l.Sequence, l.Type, l.RecordedAtUnixMs + 1000, l.Public, l.Commitment, l.Signature));

        var result = await record.Verify(record.Republish(leaves, "other-view"), "--state", state);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("split view: the checkpoint for 13 entries has root", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_replayed_submission_is_rejected_by_the_store_and_caught_by_verify_in_a_forged_log()
    {
        using var record = await PublishedRecord.Create();
        var signed = record.Folder.File("signed-1.jsonl");
        var before = DatabaseSnapshot.Of(record.Db);

        var replay = await ParleyCli.Run("apply", signed, "--db", record.Db);

        Assert.Equal(ExitCodes.BadInput, replay.ExitCode);
        Assert.Contains("counter 1 of officer 'ua.officer' is not above its last, 1: a replayed or stale submission", replay.Error, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseSnapshot.Of(record.Db));

        var leaves = record.PublishedLeaves();
        leaves.Add(PublishedRecord.Change(leaves[SubmissionEntry], l => new EventLeaf(14, l.Type, l.RecordedAtUnixMs + 5, l.Public, l.Commitment, l.Signature)));
        var result = await record.Verify(record.Republish(leaves, "replayed"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("entry 13 (event 14): officer \"ua.officer\" used counter 1, not above 1 (entry 10): a replayed submission", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_forged_signature_is_rejected_by_the_store_and_caught_by_verify_in_a_forged_log()
    {
        using var record = await PublishedRecord.Create();
        var signed = File.ReadAllText(record.Sign(2, "B", 21));
        var forged = record.Folder.Write("forged.jsonl", [signed.Replace("p-000021", "p-000022", StringComparison.Ordinal).Trim()]);
        var before = DatabaseSnapshot.Of(record.Db);

        var apply = await ParleyCli.Run("apply", forged, "--db", record.Db);

        Assert.Equal(ExitCodes.BadInput, apply.ExitCode);
        Assert.Contains("the signature does not verify with officer 'ua.officer''s key", apply.Error, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseSnapshot.Of(record.Db));

        var leaves = record.PublishedLeaves();
        leaves[SubmissionEntry] = PublishedRecord.Change(leaves[SubmissionEntry], l => new EventLeaf(l.Sequence, l.Type, l.RecordedAtUnixMs,
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(l.Public).Replace("\"counter\":1", "\"counter\":7", StringComparison.Ordinal)), l.Commitment, l.Signature));
        var result = await record.Verify(record.Republish(leaves, "forged"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("entry 10 (event 11): the signature of officer \"ua.officer\" does not verify: the submission was forged or altered", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_submission_moved_from_another_log_or_recorded_after_its_not_after_time_is_caught_by_verify()
    {
        using var record = await PublishedRecord.Create();
        var leaves = record.PublishedLeaves();
        var moved = new List<byte[]>(leaves);
        moved[SubmissionEntry] = PublishedRecord.Change(leaves[SubmissionEntry], l => new EventLeaf(l.Sequence, l.Type, l.RecordedAtUnixMs,
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(l.Public).Replace($"\"origin\":\"{record.Origin}\"", "\"origin\":\"parley.example/rehearsal\"", StringComparison.Ordinal)), l.Commitment, l.Signature));
        var late = new List<byte[]>(leaves);
        late[SubmissionEntry] = PublishedRecord.Change(leaves[SubmissionEntry], l => new EventLeaf(l.Sequence, l.Type, l.RecordedAtUnixMs + 2 * 86_400_000L, l.Public, l.Commitment, l.Signature));

        var movedResult = await record.Verify(record.Republish(moved, "moved"));
        var lateResult = await record.Verify(record.Republish(late, "late"));

        Assert.True(movedResult.ExitCode == 1, movedResult.ToString());
        Assert.Contains("entry 10 (event 11): the submission was signed for the log \"parley.example/rehearsal\", not this one", movedResult.Error, StringComparison.Ordinal);
        Assert.True(lateResult.ExitCode == 1, lateResult.ToString());
        Assert.Contains("entry 10 (event 11): the submission was recorded at", lateResult.Error, StringComparison.Ordinal);
        Assert.Contains("after the time it was signed to be valid until", lateResult.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_submission_recorded_after_its_key_was_revoked_is_refused_by_the_store_and_caught_by_verify_in_a_forged_log()
    {
        using var record = await PublishedRecord.Create();
        await PublishedRecord.Ok(ParleyCli.Run("apply", record.Folder.Write("revoke.jsonl",
            ["""{"command":"revoke-officer-key","officer":"ua.officer","reason":"the laptop was stolen"}"""]), "--db", record.Db));
        var signed = record.Sign(2, "B", 21);
        var before = DatabaseSnapshot.Of(record.Db);

        var apply = await ParleyCli.Run("apply", signed, "--db", record.Db);

        Assert.Equal(ExitCodes.BadInput, apply.ExitCode);
        Assert.Contains("the key of officer 'ua.officer' has been revoked", apply.Error, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseSnapshot.Of(record.Db));

        var leaves = record.PublishedLeaves();
        var submission = EventLeaf.Decode(leaves[SubmissionEntry]);
        leaves.Add(new EventLeaf(14, "officer.key-revoked", submission.RecordedAtUnixMs + 5,
            Encoding.UTF8.GetBytes("""{"party":"UA","officer":"ua.officer","reason":"stolen"}"""), null, null).Encode());
        leaves.Add(PublishedRecord.Change(leaves[SubmissionEntry], l => new EventLeaf(15, l.Type, l.RecordedAtUnixMs + 10, l.Public, l.Commitment, l.Signature)));
        var result = await record.Verify(record.Republish(leaves, "revoked"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("entry 14 (event 15): officer \"ua.officer\"'s key was revoked by entry 13", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_revealed_private_part_that_does_not_match_its_commitment_is_caught()
    {
        using var record = await PublishedRecord.Create();
        var revealed = await PublishedRecord.Ok(ParleyCli.Run("reveal", "--db", record.Db, "--event", "12"));
        var honest = record.Folder.Write("honest.jsonl", [revealed.Output.Trim()]);
        var altered = record.Folder.Write("altered.jsonl", [revealed.Output.Trim().Replace("1990-04-12", "1990-04-13", StringComparison.Ordinal)]);
        Assert.Contains("1990-04-12", revealed.Output, StringComparison.Ordinal);

        var good = await record.Verify(null, "--reveal", honest);
        var bad = await record.Verify(null, "--reveal", altered);

        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.Contains("1 revealed private parts match their commitments", good.Output, StringComparison.Ordinal);
        Assert.True(bad.ExitCode == 1, bad.ToString());
        Assert.Contains("entry 11 (event 12): the revealed private part does not match the commitment in the leaf", bad.Error, StringComparison.Ordinal);
    }
}
