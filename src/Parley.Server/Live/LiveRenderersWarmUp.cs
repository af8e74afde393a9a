using NodaTime;
using Parley.Core.Broadcast.Live;

namespace Parley.Server.Live;

/// <summary>
/// Renders an entry and the figures of a live page once, in the background, as the server starts: the renderers
/// (Markdown, the page's components, the frames' JSON) are then compiled before a reader waits for them. After a restart
/// every reader reconnects at once, and the first entry published afterwards otherwise waited for the just-in-time
/// compiler before it reached any of them (about a tenth of a second on two cores; bench hostile, the storm).
/// </summary>
internal sealed class LiveRenderersWarmUp(BroadcastHub hub, LiveFrames frames, LiveFragments html, ILogger<LiveRenderersWarmUp> logger) : BackgroundService
{
    /// <summary>A press entry that is rendered and thrown away: it is not on any page and not cached.</summary>
    private static readonly LiveEntry Sample = new(0, "warm-up", Instant.FromUnixTimeSeconds(0), Key: false, "Buses *left* the border at [dawn](https://example.org/).", null, null, null);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        if (hub.Pages().FirstOrDefault() is not { } page || stoppingToken.IsCancellationRequested)
        {
            return;
        }
        try
        {
            html.Entry(Sample, page, "en");
            frames.Figures(page.Live, "en");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Only time is lost: the first reader compiles what this did not.
            logger.LogWarning(e, "Could not warm up the live renderers");
        }
    }, stoppingToken);
}
