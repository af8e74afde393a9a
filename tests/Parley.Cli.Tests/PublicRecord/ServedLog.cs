using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Parley.Server;

namespace Parley.Cli.Tests.PublicRecord;

/// <summary>
/// A real Parley server (Kestrel on a free loopback port) over an existing database, as `parley serve` runs it, so the
/// CLI's verify and cosign go through HTTP for real. Disposing stops it.
/// </summary>
internal sealed class ServedLog : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServedLog(WebApplication app, string address)
    {
        _app = app;
        LogUrl = address.TrimEnd('/') + "/log";
    }

    /// <summary>The base URL of the published log, e.g. http://127.0.0.1:PORT/log.</summary>
    public string LogUrl { get; }

    public static async Task<ServedLog> StartAsync(string database)
    {
        var app = ParleyServer.Build(new ServerOptions { DatabasePath = database, Urls = "http://127.0.0.1:0", RequestLogging = false });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServedLog(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
