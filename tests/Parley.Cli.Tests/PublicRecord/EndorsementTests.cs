using Parley.Ledger.Notes;
using Parley.Ledger.Records;

namespace Parley.Cli.Tests.PublicRecord;

/// <summary>A party endorses its officer with its own key from the command line; the published log verifies with it.</summary>
public sealed class EndorsementTests
{
    [Fact]
    public async Task an_officer_endorsed_with_parley_keys_endorse_is_registered_and_the_published_log_verifies()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        var partyKey = (await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", "ua.party", "--out", folder.File("party.key")))).Output.Trim();
        var officerKey = (await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", "ua.officer", "--out", folder.File("officer.key")))).Output.Trim();
        await PublishedRecord.Ok(ParleyCli.Run("apply", folder.Write("setup.jsonl", [.. CommandLines.Setup(),
            $$"""{"command":"register-party-key","party":"UA","key":"{{partyKey}}"}"""]), "--db", db));
        var logKey = (await PublishedRecord.Ok(ParleyCli.Run("keys", "show", "--db", db))).Output.Trim();
        var origin = logKey[..logKey.IndexOf('+', StringComparison.Ordinal)];

        var endorsement = (await PublishedRecord.Ok(ParleyCli.Run("keys", "endorse", "--key", folder.File("party.key"), "--origin", origin, "--party", "UA", officerKey))).Output.Trim();

        Assert.True(OfficerEndorsement.Verify(NoteVerifier.Parse(partyKey), endorsement, origin, "UA", officerKey));
        var unendorsed = await ParleyCli.Run("apply", folder.Write("bare.jsonl", [$$"""{"command":"register-officer","party":"UA","officer":"ua.officer","key":"{{officerKey}}"}"""]), "--db", db);
        Assert.NotEqual(0, unendorsed.ExitCode);
        Assert.Contains("officer-endorsement", unendorsed.Error + unendorsed.Output, StringComparison.Ordinal);
        await PublishedRecord.Ok(ParleyCli.Run("apply", folder.Write("officer.jsonl",
            [$$"""{"command":"register-officer","party":"UA","officer":"ua.officer","key":"{{officerKey}}","endorsement":"{{endorsement}}"}"""]), "--db", db));
        await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", db, "--out", folder.File("published")));
        File.WriteAllText(folder.File("log.vkey"), logKey + "\n");
        await PublishedRecord.Ok(ParleyCli.Run("verify", folder.File("published"), "--trust", folder.File("log.vkey")));
    }

    [Fact]
    public async Task a_witness_key_cannot_endorse()
    {
        using var folder = new TempFolder();
        await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", "ua.party", "--witness", "--out", folder.File("party.key")));

        ParleyCli.AssertCleanFailure(await ParleyCli.Run("keys", "endorse", "--key", folder.File("party.key"), "--origin", "parley.example/x", "--party", "UA", "ua.officer+00000000+AQ=="));
    }
}
