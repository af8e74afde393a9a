using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Parley.Server.Tests.Support;

/// <summary>
/// A newsroom's own site for embedding tests: a real web server on another loopback port (another origin), serving one
/// page. Real, not a browser-side route: chromium's local-network rules treat a page it did not fetch from an address as
/// public, and a public page may not frame a loopback one.
/// </summary>
public sealed class NewsroomSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NewsroomSite(WebApplication app, Uri address) => (_app, Address) = (app, address);

    public Uri Address { get; }

    public static async Task<NewsroomSite> StartAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/story", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new NewsroomSite(app, new Uri(bound));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
