using System.Text;
using System.Text.Json;
using Parley.Server.Access;
using Parley.Server.Live;
using Parley.Store.Domain;

namespace Parley.Server.Desk;

// The live updates of an exchange's desk pages: a stream of server-sent events that say only "this exchange changed" (a
// list, a decision, a confirmation, an interview, a stage) and, to the mediator, "the reconciliation run moved on". The
// page's script (wwwroot/assets/desk.js) then fetches the page again with the reader's own session, so what it shows is
// what that role may see, rendered by the same code as without JavaScript; the stream itself carries no personal data.
public static partial class DeskApi
{
    /// <summary>Events are sent at most this often: a run's progress or a burst of commands costs a page a few fetches a second.</summary>
    private static readonly TimeSpan EventsAtMostEvery = TimeSpan.FromMilliseconds(250);

    private static async Task EventsAsync(string exchange, HttpContext context, ParleyStore store, ReconcileJobs jobs, DeskSignals signals,
        TokenStore tokens, ServerOptions options, StreamAdmission admission, IHostApplicationLifetime lifetime)
    {
        var access = AccessOf(context);
        var caller = access.Caller;
        var seen = Shown(store, exchange);
        var job = access.IsMediator ? jobs.Status(exchange) : null;
        // Desk streams count against the same caps as the live page's: one address cannot hold more of either.
        await PrivateStream.RunAsync(context, admission, lifetime, options.Retry, async (response, cancellationToken) =>
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var next = signals.Next;
                var text = new StringBuilder();
                if (Shown(store, exchange) is var now && !(ReferenceEquals(now.Exchange, seen.Exchange) && ReferenceEquals(now.Matching, seen.Matching)))
                {
                    seen = now;
                    text.Append("event: changed\ndata: ").Append(store.State.Version).Append("\n\n");
                }
                if (access.IsMediator && jobs.Status(exchange) is { } status && !ReferenceEquals(status, job))
                {
                    job = status;
                    text.Append("event: job\ndata: ").Append(JsonSerializer.Serialize(new
                    {
                        state = status.State.ToString().ToLowerInvariant(),
                        stage = status.Stage,
                        percent = (int)Math.Round(status.Fraction * 100),
                    })).Append("\n\n");
                }
                if (text.Length > 0)
                {
                    await PrivateStream.WriteAsync(response, text.ToString(), cancellationToken);
                }
                try
                {
                    await next.WaitAsync(options.KeepAlive, cancellationToken);
                }
                catch (TimeoutException)
                {
                    // A long-lived stream outlives the request's session check: a revoked token ends it here.
                    if (caller.TokenId is null || !tokens.IsActive(caller.TokenId))
                    {
                        return;
                    }
                    await PrivateStream.WriteAsync(response, ": keep-alive\n\n", cancellationToken);
                    continue;
                }
                await Task.Delay(EventsAtMostEvery, cancellationToken);
            }
        });
    }

    /// <summary>What an exchange's pages show, by identity: the state is immutable, so a new object is a change.</summary>
    private static (object? Exchange, object Matching) Shown(ParleyStore store, string exchange)
    {
        var state = store.State;
        return (state.Exchanges.GetValueOrDefault(exchange), state.MatchingOf(exchange));
    }

}
