using System.Text.Json;
using Parley.Core.Families;
using Parley.Server.Desk;
using Parley.Server.Live;
using Parley.Server.Pipeline;
using Parley.Store.Domain;

namespace Parley.Server.Family;

/// <summary>
/// One person's private event stream: an event <c>step</c> per change of status, its id the log position (so
/// <c>Last-Event-ID</c> resumes exactly), its data the status word, the sentence and the date in the reader's language.
/// Woken by every committed command (<see cref="DeskSignals"/>); the capability is checked again at each wake and each
/// keep-alive, so a revoked receipt ends the stream. Counted against the same caps as the live pages' streams.
/// </summary>
internal static class FamilyEvents
{
    public static async Task StreamAsync(string capability, HttpContext context, FamilyJournal journal, ParleyStore store, FamilyAttempts attempts,
        DeskSignals signals, StreamAdmission admission, ServerOptions options, IHostApplicationLifetime lifetime)
    {
        var language = Language.Of(context.Request);
        var address = ClientAddress.Of(context);
        if (journal.Current.OpenFeed(capability) is not { } key)
        {
            context.Response.StatusCode = attempts.TryTake(address, out _) ? StatusCodes.Status404NotFound : StatusCodes.Status429TooManyRequests;
            return;
        }
        var after = long.TryParse(context.Request.Headers["Last-Event-ID"].ToString(), out var last) ? last
            : long.TryParse(context.Request.Query["after"].ToString(), out var given) ? given : 0;
        await PrivateStream.RunAsync(context, admission, lifetime, options.Retry, async (response, cancellationToken) =>
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var next = signals.Next;
                var timelines = journal.Current;
                if (timelines.OpenFeed(capability) != key)
                {
                    return; // revoked (or reissued): the capability opens nothing any more
                }
                var steps = timelines.History(key);
                for (var i = 0; i < steps.Count; i++)
                {
                    if (steps[i].Sequence > after)
                    {
                        var line = FamilyLine.Of(steps[i], key.Exchange, store.State, language);
                        var data = JsonSerializer.Serialize(new { status = line.Status.ToWord(), text = line.Text, date = line.Date }, LiveJson.Options);
                        await PrivateStream.WriteAsync(response, $"event: step\nid: {line.Sequence}\ndata: {data}\n\n", cancellationToken);
                        after = line.Sequence;
                    }
                }
                try
                {
                    await next.WaitAsync(options.KeepAlive, cancellationToken);
                }
                catch (TimeoutException)
                {
                    await PrivateStream.WriteAsync(response, ": keep-alive\n\n", cancellationToken);
                }
            }
        });
    }

}
