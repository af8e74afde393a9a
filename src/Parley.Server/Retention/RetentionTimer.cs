using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Server.Live;
using Parley.Store.Domain;

namespace Parley.Server.Retention;

/// <summary>
/// Applies the retention policy (<see cref="ServerOptions.Retention"/>) while the server runs: at start and then every
/// <see cref="ServerOptions.RetentionInterval"/>, each exchange fulfilled longer ago than the policy allows has its
/// personal data erased, as its own <c>exchange.erased</c> event by the actor <see cref="Actor.Retention"/>.
/// </summary>
internal sealed class RetentionTimer(ParleyStore store, BroadcastHub hub, ServerOptions options, ILogger<RetentionTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Retention is not { } policy)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.RetentionInterval, options.Clock);
        try
        {
            do
            {
                var now = Instant.FromDateTimeOffset(options.Clock.GetUtcNow());
                foreach (var exchange in policy.Due(store.State, now).ToList())
                {
                    var outcome = await store.ExecuteAsync(new EraseExchange(exchange), Actor.Retention, stoppingToken);
                    if (outcome.Accepted)
                    {
                        logger.LogInformation("Retention of {Days} days erased the personal data of exchange {Exchange} (event {Sequence})",
                            policy.Days, exchange, outcome.LastSequence);
                        hub.CatchUp();
                    }
                    else
                    {
                        logger.LogWarning("Retention could not erase exchange {Exchange}: {Reason}", exchange, outcome.Reason);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
