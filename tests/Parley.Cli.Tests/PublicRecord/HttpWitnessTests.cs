using System.Text.RegularExpressions;

namespace Parley.Cli.Tests.PublicRecord;

/// <summary>
/// `parley verify` and `parley cosign` against a running server over HTTP (docs/public-record.md §5, §10): the same checks
/// and counts as against a published folder, a fork caught by a witness, and witnesses' cosignatures handed back with
/// --submit and then required by `verify --trust`.
/// </summary>
public sealed class HttpWitnessTests
{
    [Fact]
    public async Task verify_over_http_checks_the_running_servers_log_and_prints_the_same_counts_as_the_published_folder()
    {
        using var record = await PublishedRecord.Create();
        await using var server = await ServedLog.StartAsync(record.Db);

        var overHttp = await record.Verify(server.LogUrl);
        var fromFolder = await record.Verify();

        Assert.True(overHttp.ExitCode == 0, overHttp.ToString());
        Assert.Equal(fromFolder.Output, overHttp.Output);
        Assert.Matches(@"verified parley\.example/parley-[0-9a-f]{8}: 13 entries", overHttp.Output);
        Assert.Contains("signed by parley.example/parley", overHttp.Output, StringComparison.Ordinal);
        Assert.Contains("1 signed submissions verified", overHttp.Output, StringComparison.Ordinal);
        using var status = await Status.Of(record.Db);
        Assert.Equal(PublicFigures.Exchanges(status.Root), PublicFigures.Exchanges(PublicFigures.Json(await record.Verify(server.LogUrl, "--json"))));
    }

    [Fact]
    public async Task verify_over_http_without_trust_takes_log_pub_from_the_server_and_says_it_proves_nothing()
    {
        using var record = await PublishedRecord.Create();
        await using var server = await ServedLog.StartAsync(record.Db);

        var result = await ParleyCli.Run("verify", server.LogUrl);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("trusting log.pub from the log itself, which proves nothing", result.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(record.LogKeyFile), await new HttpClient().GetStringAsync(server.LogUrl + "/log.pub", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task cosign_over_http_refuses_and_keeps_evidence_when_the_witness_state_holds_a_checkpoint_of_another_log()
    {
        // Same origin (as two operators could choose), another key and other events: another log.
        using var record = await PublishedRecord.Create(origin: "parley.example/shared");
        using var other = await PublishedRecord.Create(origin: "parley.example/shared");
        var witnessKey = record.Folder.File("witness.key");
        var state = record.Folder.File("witness");
        await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", "ua.witness", "--witness", "--out", witnessKey));
        await PublishedRecord.Ok(ParleyCli.Run("cosign", "--log", other.Published, "--key", witnessKey, "--state", state));
        await using var server = await ServedLog.StartAsync(record.Db);

        var result = await ParleyCli.Run("cosign", "--log", server.LogUrl, "--key", witnessKey, "--state", state, "--log-key", record.LogKeyFile);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches("verification failed: fork.*refusing to cosign", result.Error);
        var evidence = Assert.Single(Directory.GetDirectories(state, "fork-*"));
        Assert.Equal(await new HttpClient().GetStringAsync(server.LogUrl + "/latest-checkpoint", TestContext.Current.CancellationToken),
            File.ReadAllText(Path.Combine(evidence, "presented-checkpoint")));
        Assert.Contains(File.ReadAllText(Path.Combine(other.Published, "checkpoint")).Split("\n\n")[0], File.ReadAllText(Path.Combine(evidence, "seen-checkpoint")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task witnesses_cosignatures_submitted_over_http_are_published_and_then_required_and_seen_by_verify_trust()
    {
        using var record = await PublishedRecord.Create();
        var ua = await Witness(record, "ua");
        var ru = await Witness(record, "ru");
        await PublishedRecord.Ok(ParleyCli.Run("apply", record.Folder.Write("witnesses.jsonl", [ua.Registration, ru.Registration]), "--db", record.Db));
        await using var server = await ServedLog.StartAsync(record.Db);
        var before = await record.Verify(server.LogUrl, "--trust", ua.Public, "--trust", ru.Public);

        var first = await PublishedRecord.Ok(ParleyCli.Run("cosign", "--log", server.LogUrl, "--key", ua.Private, "--state", ua.State, "--log-key", record.LogKeyFile, "--submit"));
        var half = await record.Verify(server.LogUrl, "--trust", ua.Public, "--trust", ru.Public);
        var second = await PublishedRecord.Ok(ParleyCli.Run("cosign", "--log", server.LogUrl, "--key", ru.Private, "--state", ru.State, "--submit"));
        var overHttp = await record.Verify(server.LogUrl, "--trust", ua.Public, "--trust", ru.Public);
        var published = await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", record.Db, "--out", record.Published));
        var fromFolder = await record.Verify(null, "--trust", ua.Public, "--trust", ru.Public);

        Assert.True(before.ExitCode == 1, before.ToString());
        Assert.Contains("lacks the cosignature of trusted witness", before.Error, StringComparison.Ordinal);
        Assert.Contains("the log keeps the cosignature of ua.witness for its checkpoint of 15 entries; its published checkpoint has 13 entries", first.Error, StringComparison.Ordinal);
        Assert.True(half.ExitCode == 1, half.ToString()); // a checkpoint is published once every witness registered within it cosigned it
        Assert.Contains("the log keeps the cosignature of ru.witness for its checkpoint of 15 entries; its published checkpoint has 15 entries", second.Error, StringComparison.Ordinal);
        foreach (var verified in new[] { overHttp, fromFolder })
        {
            Assert.True(verified.ExitCode == 0, verified.ToString());
            Assert.Matches(@"verified parley\.example/parley-[0-9a-f]{8}: 15 entries", verified.Output);
            Assert.Matches("cosigned by ru\\.witness at \\d{4}-", verified.Output);
            Assert.Matches("cosigned by ua\\.witness at \\d{4}-", verified.Output);
            Assert.Contains("UA → RU", verified.Output, StringComparison.Ordinal);
        }
        Assert.Contains("checkpoint: 15 entries, cosigned by ru.witness, ua.witness", published.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task verify_trusting_only_the_log_reports_the_witnesses_cosignatures_as_not_checked()
    {
        using var record = await PublishedRecord.Create();
        var ua = await Witness(record, "ua");
        await PublishedRecord.Ok(ParleyCli.Run("apply", record.Folder.Write("witness.jsonl", [ua.Registration]), "--db", record.Db));
        await using var server = await ServedLog.StartAsync(record.Db);
        await PublishedRecord.Ok(ParleyCli.Run("cosign", "--log", server.LogUrl, "--key", ua.Private, "--state", ua.State, "--log-key", record.LogKeyFile, "--submit"));

        var result = await record.Verify(server.LogUrl);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(new Regex("not checked: a signature by ua\\.witness \\(key ID [0-9a-f]{8}\\), not a trusted key"), result.Output);
    }

    [Fact]
    public async Task a_cosignature_by_a_key_the_log_does_not_know_is_refused_by_the_server_with_exit_2()
    {
        using var record = await PublishedRecord.Create();
        var stranger = await Witness(record, "ru");
        await using var server = await ServedLog.StartAsync(record.Db);

        var result = await ParleyCli.Run("cosign", "--log", server.LogUrl, "--key", stranger.Private, "--state", stranger.State, "--log-key", record.LogKeyFile, "--submit");

        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("/log/cosignatures refused the cosignature (403): \"ru.witness\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("is not a witness of this log", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task cosign_submit_needs_a_server_url_and_is_bad_input_for_a_folder()
    {
        using var record = await PublishedRecord.Create();
        var ua = await Witness(record, "ua");

        var result = await ParleyCli.Run("cosign", "--log", record.Published, "--key", ua.Private, "--state", ua.State, "--log-key", record.LogKeyFile, "--submit");

        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("--submit posts the cosignature to a Parley server", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ua.State));
    }

    /// <summary>A party's witness key: its files, and the register-officer line that makes it a witness of the log.</summary>
    private sealed record WitnessFiles(string Private, string Public, string State, string Registration);

    private static async Task<WitnessFiles> Witness(PublishedRecord record, string party)
    {
        var name = party + ".witness";
        var privateKey = record.Folder.File(name + ".key");
        var created = await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", name, "--witness", "--out", privateKey));
        var verifier = created.Output.Trim();
        return new WitnessFiles(privateKey, record.Folder.Write(name + ".vkey", [verifier]), record.Folder.File(name + "-state"),
            $$"""{"command":"register-officer","party":"{{party.ToUpperInvariant()}}","officer":"{{name}}","key":"{{verifier}}"}""");
    }
}
