using System.Net;
using Parley.Ledger.Notes;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.PublicRecord;

/// <summary>
/// Witnesses hand their cosignatures (c2sp.org/tlog-cosignature) back to the log with POST /log/cosignatures; the log keeps
/// only valid ones by its registered witnesses, and publishes them on /log/checkpoint.
/// </summary>
public abstract class CosignatureApiContract
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A fresh witnessed server on this class's store.</summary>
    protected abstract Task<WitnessedServer> StartWitnessed();

    /// <summary>A new log's default origin: the database's name (file or PostgreSQL database) and 8 random hex digits.</summary>
    protected abstract string OriginPattern { get; }

    [Fact]
    public async Task a_registered_witnesss_cosignature_is_kept_and_published_on_the_checkpoint()
    {
        await using var log = await StartWitnessed();
        var cosigned = await log.Cosigned(log.Witness);

        using var response = await log.Submit(cosigned.Format());
        var checkpoint = await log.Note("/log/checkpoint");

        var json = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        Assert.Equal("ua.witness", json.GetProperty("witnesses")[0].GetString());
        Assert.Equal(cosigned.Text, checkpoint.Text);
        var verified = checkpoint.Verify([await log.LogKey(), log.Witness.Verifier]);
        Assert.Equal([(await log.LogKey()).Name, "ua.witness"], verified.Select(v => v.Verifier.Name));
        Assert.Equal(json.GetProperty("size").GetInt64(), json.GetProperty("publishedSize").GetInt64());
    }

    [Fact]
    public async Task until_its_witness_cosigns_the_published_checkpoint_stays_the_last_one_before_the_witness_was_registered()
    {
        await using var log = await StartWitnessed();

        var published = Checkpoint.Parse((await log.Note("/log/checkpoint")).Text);
        var latest = Checkpoint.Parse((await log.Note("/log/latest-checkpoint")).Text);

        Assert.Equal(3, latest.Size);
        Assert.Equal(2, published.Size); // the witness was registered by event 3
    }

    [Fact]
    public async Task a_silent_witness_retired_by_a_recorded_command_no_longer_holds_the_published_checkpoint_back()
    {
        await using var log = await StartWitnessed();
        await WitnessedServer.Command(log.Server, new { command = "register-party", code = "PL", name = "Poland" });
        Assert.Equal(2, Checkpoint.Parse((await log.Note("/log/checkpoint")).Text).Size);

        await WitnessedServer.Command(log.Server, new { command = "revoke-officer-key", officer = log.Witness.Name, reason = "the witness has not cosigned for a week" });

        // Event 5 retires it: the checkpoint of 5 entries and later ones need no cosignature from it; those of 3 and 4 still would.
        Assert.Equal(5, Checkpoint.Parse((await log.Note("/log/checkpoint")).Text).Size);
        await WitnessedServer.Command(log.Server, new { command = "register-party", code = "LT", name = "Lithuania" });
        Assert.Equal(6, Checkpoint.Parse((await log.Note("/log/checkpoint")).Text).Size);
    }

    [Fact]
    public async Task the_published_checkpoint_never_goes_back_when_a_witness_cosigns_an_older_one()
    {
        await using var log = await StartWitnessed();
        var first = await log.Cosigned(log.Witness);
        await WitnessedServer.Command(log.Server, new { command = "register-party", code = "PL", name = "Poland" });
        var second = await log.Cosigned(log.Witness);

        (await log.Submit(second.Format())).Dispose();
        (await log.Submit(first.Format())).Dispose();

        Assert.Equal(second.Text, (await log.Note("/log/checkpoint")).Text);
    }

    [Fact]
    public async Task a_cosignature_by_a_key_the_log_does_not_know_as_a_witness_is_403_and_nothing_is_kept()
    {
        await using var log = await StartWitnessed();
        var stranger = NoteSigner.Generate("ru.witness", SignatureType.Cosignature);

        using var response = await log.Submit((await log.Cosigned(stranger)).Format());

        var json = await response.Json();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"ru.witness\"", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("is not a witness of this log", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single((await log.Note("/log/latest-checkpoint")).Signatures);
    }

    [Fact]
    public async Task a_checkpoint_the_log_never_issued_is_409_and_nothing_is_kept()
    {
        await using var log = await StartWitnessed();
        var latest = Checkpoint.Parse((await log.Note("/log/latest-checkpoint")).Text);
        var forged = new Checkpoint(latest.Origin, latest.Size, Ledger.Merkle.MerkleHash.LeafHash([1, 2, 3])).ToText();
        var note = new Note(forged).WithSignature(log.Witness.Cosign(forged, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        using var response = await log.Submit(note.Format());

        var json = await response.Json();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("issued-checkpoint", json.GetProperty("rule").GetString());
        Assert.Contains("was never issued by this log", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single((await log.Note("/log/latest-checkpoint")).Signatures);
    }

    [Fact]
    public async Task a_cosignature_that_does_not_verify_is_400_and_nothing_is_kept()
    {
        await using var log = await StartWitnessed();
        var cosigned = await log.Cosigned(log.Witness);
        var line = cosigned.Signatures[^1];
        var bytes = line.Signature;
        bytes[^1] ^= 1;
        var altered = new Note(cosigned.Text, [cosigned.Signatures[0], new NoteSignature(line.Name, line.KeyId, bytes)]);

        using var response = await log.Submit(altered.Format());

        var json = await response.Json();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cosignature of witness \"ua.witness\" does not verify", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single((await log.Note("/log/latest-checkpoint")).Signatures);
    }

    [Theory]
    [InlineData("not a note")]
    [InlineData("parley.example/parley\n3\n\n— parley.example/parley AAAAAAA=\n")]
    public async Task a_body_that_is_not_a_cosigned_checkpoint_is_400_naming_the_problem(string body)
    {
        await using var log = await StartWitnessed();

        using var response = await log.Submit(body);

        var json = await response.Json();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a cosigned checkpoint", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("errors").TryGetProperty("cosignature", out _), json.ToString());
    }

    [Fact]
    public async Task the_log_alone_without_a_witness_line_is_400()
    {
        await using var log = await StartWitnessed();

        using var response = await log.Submit((await log.Note("/log/latest-checkpoint")).Format());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("carries no witness cosignature", (await response.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task log_pub_is_the_verifier_key_that_signs_the_checkpoint()
    {
        await using var log = await StartWitnessed();

        var key = await log.LogKey();

        Assert.Matches(OriginPattern, key.Name);
        Assert.Single((await log.Note("/log/checkpoint")).Verify([key]));
    }
}

/// <summary>The cosignature tests on SQLite.</summary>
public sealed class CosignatureApiTests : CosignatureApiContract
{
    protected override Task<WitnessedServer> StartWitnessed() => WitnessedServer.StartAsync();

    protected override string OriginPattern => @"^parley\.example/parley-[0-9a-f]{8}$";
}

/// <summary>The cosignature tests on PostgreSQL (cosignatures kept in its <c>cosignatures</c> table).</summary>
public sealed class PostgresCosignatureApiTests(PostgresCluster cluster) : CosignatureApiContract
{
    protected override Task<WitnessedServer> StartWitnessed() => WitnessedServer.StartAsync(cluster);

    protected override string OriginPattern => @"^parley\.example/t[0-9]+_[0-9]+-[0-9a-f]{8}$";
}
