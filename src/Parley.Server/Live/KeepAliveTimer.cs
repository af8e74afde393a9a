namespace Parley.Server.Live;

/// <summary>
/// Sends a keep-alive comment to every event stream that has been idle for <see cref="ServerOptions.KeepAlive"/>, so
/// proxies and browsers do not take a quiet stream for a dead one. Runs while the server runs.
/// </summary>
internal sealed class KeepAliveTimer(BroadcastHub hub, ServerOptions options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Checked four times a period, so a stream gets its keep-alive within 1.25 periods of going idle and streams
        // that went idle at different times are not all written in one burst.
        using var timer = new PeriodicTimer(options.KeepAlive / 4);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                hub.SendKeepAlive(Environment.TickCount64 - (long)options.KeepAlive.TotalMilliseconds);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
