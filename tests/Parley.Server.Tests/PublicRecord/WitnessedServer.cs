using System.Net;
using System.Text;
using System.Text.Json;
using Parley.Ledger.Notes;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.PublicRecord;

/// <summary>
/// A fresh server (no demo) with two parties and Ukraine's witness key registered in its log, the witness's signer, and
/// helpers to read and cosign its checkpoints over HTTP.
/// </summary>
public sealed class WitnessedServer : IAsyncDisposable
{
    private WitnessedServer(RunningServer server, NoteSigner witness)
    {
        Server = server;
        Witness = witness;
    }

    public RunningServer Server { get; }

    /// <summary>Ukraine's registered witness key (cosignature/v1, type 0x04).</summary>
    public NoteSigner Witness { get; }

    /// <summary>Starts one on SQLite, or on a new database of <paramref name="postgres"/> when given.</summary>
    public static async Task<WitnessedServer> StartAsync(PostgresCluster? postgres = null)
    {
        var server = await RunningServer.StartAsync(demo: false, postgres: postgres);
        var witness = NoteSigner.Generate("ua.witness", SignatureType.Cosignature);
        await Command(server, new { command = "register-party", code = "UA", name = "Ukraine" });
        await Command(server, new { command = "register-party", code = "RU", name = "Russian Federation" });
        await Command(server, new { command = "register-officer", party = "UA", officer = witness.Name, key = witness.Verifier.VerifierKey });
        return new WitnessedServer(server, witness);
    }

    public static async Task Command(RunningServer server, object command)
    {
        using var response = await server.Client("mediator").PostJson("/api/commands", JsonSerializer.Serialize(command));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async Task<Note> Note(string path) => Ledger.Notes.Note.Parse(await Server.Client().Text(path));

    public async Task<NoteVerifier> LogKey() => NoteVerifier.Parse((await Server.Client().Text("/log/log.pub")).Trim());

    /// <summary>The newest checkpoint with <paramref name="signer"/>'s cosignature added, as 'parley cosign' prints it.</summary>
    public async Task<Note> Cosigned(NoteSigner signer)
    {
        var latest = await Note("/log/latest-checkpoint");
        return latest.WithSignature(signer.Cosign(latest.Text, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    }

    public Task<HttpResponseMessage> Submit(string body) =>
        Server.Client().PostAsync("/log/cosignatures", new StringContent(body, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
