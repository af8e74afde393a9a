using System.Buffers.Binary;
using System.Net;
using System.Text;
using System.Text.Json;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>A party officer's submission over HTTP: the bearer token says who may send it, the signature who wrote it.</summary>
public abstract class SignedSubmissionContract(DemoServer demo)
{
    [Fact]
    public async Task a_party_officers_signed_roster_for_its_own_side_is_accepted()
    {
        var officer = NoteSigner.Generate("ua-officer-http");
        using (var registered = await demo.Server.Client("mediator").PostJson("/api/commands",
            JsonSerializer.Serialize(new { command = "register-officer", party = "UA", officer = officer.Name, key = officer.Verifier.VerifierKey })))
        {
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }
        // Side B of july-2025 is Ukraine's roster.
        var text = JsonSerializer.Serialize(new { command = "list-persons", exchange = "july-2025", side = "B", persons = new[] { new { person = "july-http-1", names = new[] { "Test Person" } } } });
        using var response = await demo.Server.Client("partyB").PostJson("/api/commands", Signed(officer, "UA", "july-2025", 1, text, demo.Server.Store.Origin));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(demo.Server.Store.State.Exchanges["july-2025"].Persons.ContainsKey("july-http-1"));
    }

    [Fact]
    public async Task a_submission_signed_for_another_log_or_expired_is_refused_with_the_reason_and_nothing_is_recorded()
    {
        var officer = NoteSigner.Generate("ua-officer-bound");
        using (var registered = await demo.Server.Client("mediator").PostJson("/api/commands",
            JsonSerializer.Serialize(new { command = "register-officer", party = "UA", officer = officer.Name, key = officer.Verifier.VerifierKey })))
        {
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }
        var text = JsonSerializer.Serialize(new { command = "list-persons", exchange = "july-2025", side = "B", persons = new[] { new { person = "july-bound-1", names = new[] { "Test Person" } } } });
        var before = demo.Server.Store.Log.LastSequence;

        using var elsewhere = await demo.Server.Client("partyB").PostJson("/api/commands", Signed(officer, "UA", "july-2025", 1, text, "parley.example/rehearsal"));
        using var expired = await demo.Server.Client("partyB").PostJson("/api/commands",
            Signed(officer, "UA", "july-2025", 1, text, demo.Server.Store.Origin, DateTimeOffset.UtcNow.AddMinutes(-5)));

        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("signed for the log 'parley.example/rehearsal'", (await elsewhere.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var problem = await expired.Json();
        Assert.Equal(HttpStatusCode.Conflict, expired.StatusCode);
        Assert.Equal("submission-expiry", problem.GetProperty("rule").GetString());
        Assert.Equal(before, demo.Server.Store.Log.LastSequence);
    }

    /// <summary>The apply-file line `parley sign` writes (docs/public-record.md §8).</summary>
    internal static string Signed(NoteSigner officer, string party, string exchange, long counter, string text, string origin, DateTimeOffset? notAfter = null)
    {
        var salt = Commitment.NewSalt();
        var statement = new Submission(exchange, party, officer.Name, counter, "list-persons", Commitment.Compute(salt, Encoding.UTF8.GetBytes(text)),
            origin, notAfter ?? DateTimeOffset.UtcNow.AddHours(1));
        var signature = statement.Sign(officer);
        var bytes = new byte[4 + LeafSignature.SignatureSize];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, signature.KeyId);
        signature.Signature.CopyTo(bytes.AsSpan(4));
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["command"] = "signed-submission",
            ["exchange"] = exchange,
            ["party"] = party,
            ["officer"] = officer.Name,
            ["counter"] = counter,
            ["origin"] = origin,
            ["notAfter"] = Submission.FormatTime(statement.NotAfter!.Value),
            ["submission"] = text,
            ["salt"] = Convert.ToBase64String(salt),
            ["signature"] = Convert.ToBase64String(bytes),
        });
    }
}

/// <summary>The tests of <see cref="SignedSubmissionContract"/> on the SQLite demo server.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class SignedSubmissionTests(DemoServer demo) : SignedSubmissionContract(demo);

/// <summary>The tests of <see cref="SignedSubmissionContract"/> on the PostgreSQL demo server.</summary>
[Collection(PostgresDemoServerCollection.Name)]
public sealed class PostgresSignedSubmissionTests(PostgresDemoServer demo) : SignedSubmissionContract(demo);
