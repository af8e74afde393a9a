using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Parley.Server.Pipeline;
using Parley.Server.Problems;

namespace Parley.Server.Live;

/// <summary>
/// `GET /live/{id}/events`: server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html). Each
/// entry's id is its log sequence number; a reconnecting client's Last-Event-ID (or <c>?after=</c> on first connect)
/// gives exactly the entries after it. Idle streams get keep-alive comments (<see cref="KeepAliveTimer"/>); the hub writes each entry
/// straight into every stream (<see cref="Subscriber"/>), as frames encoded once per language (<see cref="LiveFrames"/>).
/// </summary>
public sealed class EventStream(BroadcastHub hub, LiveFrames frames, ServerOptions options, IHostApplicationLifetime lifetime, ILogger<EventStream> logger)
{
    public async Task<IResult> StreamAsync(string live, HttpContext context)
    {
        var language = Language.Of(context.Request);
        var position = context.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } header ? header : context.Request.Query["after"].ToString();
        long after = 0;
        if (position.Length > 0 && (!long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return Problem.BadField("Last-Event-ID", $"Last-Event-ID must be a log sequence number (a whole number), found '{position}'");
        }
        if (context.IsHead())
        {
            // The headers a GET would get, and no stream: one answered to HEAD would never end.
            if (hub.Page(live) is null)
            {
                return Problem.NotFound($"there is no live page '{live}'");
            }
            StartStream(context);
            return TypedResults.Empty;
        }
        var subscriber = hub.Subscribe(live, after, language, entry => frames.For(live, entry, language), out var backlog);
        if (subscriber is null)
        {
            return hub.Page(live) is null
                ? Problem.NotFound($"there is no live page '{live}'")
                : TypedResults.Problem("the server is shutting down; reconnect in a moment", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        try
        {
            StartStream(context);
            var writer = context.Response.BodyWriter;
            writer.Write(SseFrames.Retry(options.Retry));
            foreach (var item in backlog)
            {
                writer.Write(frames.Entry(live, item, language));
            }
            // From here the hub writes into the response as it publishes (Subscriber); this request only waits for the
            // end: the reader leaving, being cut off as too slow, or the server stopping.
            subscriber.Attach(writer);
            using (context.RequestAborted.Register(subscriber.End))
            using (lifetime.ApplicationStopping.Register(subscriber.End))
            {
                await subscriber.Ended;
            }
        }
        catch (IOException e)
        {
            logger.LogDebug("Event stream of {Live} ended: {Reason}", live, e.Message);
        }
        finally
        {
            hub.Unsubscribe(subscriber);
            await subscriber.EndAsync();
        }
        return TypedResults.Empty;
    }

    private static void StartStream(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        // A reader too slow for the stream is cut off by its own queue (Subscriber), so Kestrel need not time each
        // write against a minimum data rate (bookkeeping on every flush of every stream).
        if (context.Features.Get<IHttpMinResponseDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = null;
        }
    }
}
