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

/// <summary>
/// Cuts off every reader whose flush has been pending for longer than <see cref="ServerOptions.FlushTimeout"/>: it has
/// stopped reading, and what was written to it is held in memory until it does. Checked four times a timeout.
/// </summary>
internal sealed class StalledReaderTimer(BroadcastHub hub, ServerOptions options, ILogger<StalledReaderTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.FlushTimeout / 4);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (hub.CutOffStalled(Environment.TickCount64 - (long)options.FlushTimeout.TotalMilliseconds) is > 0 and var cut)
                {
                    logger.LogInformation("Cut off {Count} event-stream readers whose flush was pending for over {Timeout}", cut, options.FlushTimeout);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
