using Parley.Server.Live;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Server.Nodes;

/// <summary>
/// Keeps this node current with what the other nodes on the same PostgreSQL database write (docs/deployment.md §5): it
/// listens for their commits (<see cref="LogNotifications"/>), and on each, on every (re)connection and on a poll of
/// <see cref="ServerOptions.FollowPoll"/>, folds the events after the state's high-water mark into the store
/// (<see cref="ParleyStore.CatchUp()"/>) and hands them to the live broadcast and the desk's open pages, so their readers
/// see them as readers of the node that wrote them do. The high-water mark is the state's own version, so a missed
/// notification costs only the wait until the next read, and events this node wrote are never taken twice. A lost
/// connection is retried with exponential backoff, from <see cref="InitialBackoff"/> up to <see cref="MaxBackoff"/>.
/// Nothing to do on SQLite, whose one writer is this node.
/// </summary>
internal sealed class LogFollower(ParleyStore store, BroadcastHub hub, Desk.DeskSignals desk, ServerOptions options, ILogger<LogFollower> logger) : BackgroundService
{
    public static readonly TimeSpan InitialBackoff = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!LogNotifications.AreSent(options.DatabasePath))
        {
            return;
        }
        var backoff = InitialBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var notifications = await LogNotifications.ListenAsync(options.DatabasePath, stoppingToken);
                backoff = InitialBackoff;
                // Whatever was committed while this node was not listening (start, reconnection) is read now.
                await FollowAsync(stoppingToken);
                while (true)
                {
                    var notified = await notifications.WaitAsync(options.FollowPoll, stoppingToken);
                    // A notification of what the broadcast already holds is this node's own commit: nothing to read.
                    if (notified is null || notified > hub.Through)
                    {
                        await FollowAsync(stoppingToken);
                    }
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A lost connection, a database restarting: the follower must outlive it, or this node would serve an ever
                // older record (and an exception out of a hosted service stops the host).
                logger.LogWarning("Following the log of {Database} failed ({Reason}); retrying in {Backoff}", DatabaseAddress.Parse(options.DatabasePath).Display, e.Message, backoff);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>Folds what the other nodes committed, then lets the broadcast and the desk read it (off the listening loop's thread).</summary>
    private Task FollowAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        store.CatchUp();
        // The writer also takes the others' events in before each of its batches, so the state may be ahead of the
        // broadcast even when the fold above found nothing new.
        if (hub.Through < store.State.Version)
        {
            hub.CatchUp();
            desk.Pulse();
        }
    }, stoppingToken);
}
