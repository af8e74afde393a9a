using System.Buffers.Binary;
using System.Net;
using System.Text;
using System.Text.Json;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>A party officer's submission over HTTP: the bearer token says who may send it, the signature who wrote it.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class SignedSubmissionTests(DemoServer demo)
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
        using var response = await demo.Server.Client("partyB").PostJson("/api/commands", Signed(officer, "UA", "july-2025", 1, text));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(demo.Server.Store.State.Exchanges["july-2025"].Persons.ContainsKey("july-http-1"));
    }

    /// <summary>The apply-file line `parley sign` writes (docs/public-record.md §8).</summary>
    internal static string Signed(NoteSigner officer, string party, string exchange, long counter, string text)
    {
        var salt = Commitment.NewSalt();
        var statement = new Submission(exchange, party, officer.Name, counter, "list-persons", Commitment.Compute(salt, Encoding.UTF8.GetBytes(text)));
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
            ["submission"] = text,
            ["salt"] = Convert.ToBase64String(salt),
            ["signature"] = Convert.ToBase64String(bytes),
        });
    }
}
