using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parley.Server.Access;
using Parley.Server.Live;
using Parley.Store.Domain;

namespace Parley.Server.Tests.Support;

/// <summary>
/// A real Parley server on a free loopback port over its own database — an SQLite file in a temporary folder, or a fresh
/// database of a test PostgreSQL cluster with its log key in that folder — with a token for every role (and one revoked).
/// Disposing stops it gracefully and deletes the folder.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly string _folder;

    private RunningServer(string folder, WebApplication app, Uri address, IReadOnlyDictionary<string, string> tokens)
    {
        _folder = folder;
        App = app;
        Address = address;
        Tokens = tokens;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    /// <summary>Tokens by caller name: mediator, partyA (RU), partyB (UA), press, verifier, revoked, bad.</summary>
    public IReadOnlyDictionary<string, string> Tokens { get; }

    public ParleyStore Store => App.Services.GetRequiredService<ParleyStore>();

    public BroadcastHub Hub => App.Services.GetRequiredService<BroadcastHub>();

    public StreamAdmission Admission => App.Services.GetRequiredService<StreamAdmission>();

    public IEnumerable<RouteEndpoint> Endpoints =>
        ((IEndpointRouteBuilder)App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>();

    /// <summary>Starts a server on SQLite, or on a new database of <paramref name="postgres"/> when given.</summary>
    public static Task<RunningServer> StartAsync(bool demo, Func<ServerOptions, ServerOptions>? configure = null, PostgresCluster? postgres = null)
    {
        var folder = NewFolder();
        return StartAsync(folder, postgres?.CreateDatabase() ?? Path.Combine(folder, "parley.db"), postgres is null ? null : Path.Combine(folder, "log.key"), demo, configure);
    }

    /// <summary>
    /// Starts one node of several on one PostgreSQL database (docs/deployment.md §5): every node is given the same
    /// database and the same log key file.
    /// </summary>
    public static Task<RunningServer> StartNodeAsync(string database, string logKeyPath, bool demo, Func<ServerOptions, ServerOptions>? configure = null) =>
        StartAsync(NewFolder(), database, logKeyPath, demo, configure);

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parley-server-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<RunningServer> StartAsync(string folder, string database, string? logKeyPath, bool demo, Func<ServerOptions, ServerOptions>? configure)
    {
        var options = new ServerOptions
        {
            DatabasePath = database,
            Store = new Parley.Store.StoreSettings { LogKeyPath = logKeyPath },
            Urls = "http://127.0.0.1:0",
            Demo = demo,
            KeepAlive = TimeSpan.FromSeconds(1),
            Retry = TimeSpan.FromSeconds(3),
            RequestLogging = false,
            // Every test of a shared server reads from one address (this process); the tests of the limits set their own.
            AnonymousReadsPerMinute = 0,
            MaxStreamsPerAddress = 10_000,
        };
        options = configure?.Invoke(options) ?? options;
        var app = ParleyServer.Build(options);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var store = app.Services.GetRequiredService<TokenStore>();
        var tokens = new Dictionary<string, string>
        {
            ["mediator"] = store.Create(Role.Mediator, null).Token,
            ["partyA"] = store.Create(Role.Party, "RU").Token,
            ["partyB"] = store.Create(Role.Party, "UA").Token,
            ["press"] = store.Create(Role.Press, null).Token,
            ["verifier"] = store.Create(Role.Verifier, null).Token,
        };
        var (revokedId, revoked) = store.Create(Role.Mediator, null);
        store.Revoke(revokedId);
        tokens["revoked"] = revoked;
        tokens["bad"] = "parley_0000000000_not-a-real-token";
        return new RunningServer(folder, app, address, tokens);
    }

    /// <summary>A client for a caller: "public" sends no token.</summary>
    public HttpClient Client(string caller = "public", bool followRedirects = true)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (caller != "public")
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens[caller]);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
