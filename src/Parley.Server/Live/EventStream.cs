using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Parley.Core.Broadcast.Live;
using Parley.Server.Problems;

namespace Parley.Server.Live;

/// <summary>
/// `GET /live/{id}/events`: server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html). Each
/// entry's id is its log sequence number; a reconnecting client's Last-Event-ID (or <c>?after=</c> on first connect)
/// gives exactly the entries after it. Idle streams get keep-alive comments; the hub writes each entry straight into every stream (Subscriber).
/// </summary>
public sealed class EventStream(BroadcastHub hub, Parley.Store.Domain.ParleyStore store, ServerOptions options, IHostApplicationLifetime lifetime, ILogger<EventStream> logger)
{
    private readonly ConcurrentDictionary<(string Live, long Sequence, string? CorrectedBy, string Language), byte[]> _frames = new();
    private readonly ConcurrentDictionary<(string Live, string Language, long Position), byte[]> _figures = new();

    public async Task<IResult> StreamAsync(string live, HttpContext context)
    {
        var language = Language.Of(context.Request);
        var position = context.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } header ? header : context.Request.Query["after"].ToString();
        long after = 0;
        if (position.Length > 0 && (!long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return Problem.BadField("Last-Event-ID", $"Last-Event-ID must be a log sequence number (a whole number), found '{position}'");
        }
        var subscriber = hub.Subscribe(live, after, language, item => Render(live, item, language), out var backlog);
        if (subscriber is null)
        {
            return hub.Page(live) is null
                ? Problem.NotFound($"there is no live page '{live}'")
                : TypedResults.Problem("the server is shutting down; reconnect in a moment", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        try
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
            var writer = response.BodyWriter;
            writer.Write(Encoding.UTF8.GetBytes($"retry: {(int)options.Retry.TotalMilliseconds}\n\n"));
            foreach (var item in backlog)
            {
                writer.Write(Frame(live, item, language));
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

    /// <summary>A subscriber's frame for an item: an entry, or the figures marker.</summary>
    private byte[] Render(string live, LiveEntry item, string language) =>
        ReferenceEquals(item, BroadcastHub.Figures) ? FiguresFrame(live, language) : Frame(live, item, language);

    /// <summary>
    /// The page's figures as they are now, as an SSE message without an id (so a reconnect's Last-Event-ID is unchanged:
    /// the page it reloads has the figures anyway). Rendered once per page, language and log position.
    /// </summary>
    private byte[] FiguresFrame(string live, string language)
    {
        var position = hub.Through;
        if (_figures.Count > 1024)
        {
            _figures.Clear();
        }
        return _figures.GetOrAdd((live, language, position), _ =>
        {
            var page = hub.Page(live)!;
            var data = new JsonObject { ["html"] = LivePageRenderer.Figures(LiveView.Of(page, store.State, language), language) };
            return Encoding.UTF8.GetBytes($"event: figures\ndata: {data.ToJsonString(LiveJson.Options)}\n\n");
        });
    }

    /// <summary>One SSE message, rendered once per entry and language however many readers get it.</summary>
    private byte[] Frame(string live, LiveEntry item, string language) =>
        _frames.GetOrAdd((live, item.Sequence, item.CorrectedBy, language), _ =>
        {
            var page = hub.Page(live)!;
            var data = new JsonObject
            {
                ["seq"] = item.Sequence,
                ["anchor"] = item.Anchor,
                ["key"] = item.Key,
                ["html"] = LiveHtml.Entry(item, page, language),
            };
            if (item.Corrects is { } corrected && page.Find(corrected) is { } original)
            {
                data["replaces"] = original.Anchor;
                data["replacement"] = LiveHtml.Entry(original, page, language);
            }
            return Encoding.UTF8.GetBytes($"id: {item.Sequence}\nevent: entry\ndata: {data.ToJsonString(LiveJson.Options)}\n\n");
        });
}
