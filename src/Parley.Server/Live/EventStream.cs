using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Parley.Server.Pipeline;
using Parley.Server.Problems;

namespace Parley.Server.Live;

/// <summary>
/// `GET /live/{id}/events`: server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html). Each
/// entry's id is its log sequence number; a reconnecting client's Last-Event-ID (or <c>?after=</c> on first connect)
/// gives exactly the entries after it, written in flushed chunks of at most <see cref="ServerOptions.BacklogChunkBytes"/>.
/// Streams are capped per client address and in total (<see cref="StreamAdmission"/>); a reader that stops reading is cut
/// off after <see cref="ServerOptions.FlushTimeout"/> and its connection closed. Idle streams get keep-alive comments
/// (<see cref="KeepAliveTimer"/>); the hub's dispatcher writes each entry into every stream (<see cref="Subscriber"/>), as
/// frames encoded once per language (<see cref="LiveFrames"/>).
/// </summary>
public sealed class EventStream(
    BroadcastHub hub, LiveFrames frames, StreamAdmission admission, ServerOptions options, IHostApplicationLifetime lifetime, ILogger<EventStream> logger)
{
    /// <summary>The stream's first block, the same for every reader: encoded once, not once per connection.</summary>
    private readonly byte[] _retry = SseFrames.Retry(options.Retry);

    public async Task<IResult> StreamAsync(string live, HttpContext context)
    {
        var language = Language.Of(context.Request);
        var position = context.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } header ? header : context.Request.Query["after"].ToString();
        long after = 0;
        if (position.Length > 0 && (!long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return Problem.BadField("Last-Event-ID", $"Last-Event-ID must be a log sequence number (a whole number), found '{position}'");
        }
        if (hub.Page(live) is null)
        {
            return Problem.NotFound($"there is no live page '{live}'");
        }
        if (context.IsHead())
        {
            // The headers a GET would get, and no stream: one answered to HEAD would never end.
            StartStream(context);
            return TypedResults.Empty;
        }
        using var ticket = admission.TryAdmit(ClientAddress.Of(context), out var refusal);
        if (ticket is null)
        {
            return admission.Refused(context, refusal);
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
            writer.Write(_retry);
            if (await WriteBacklogAsync(live, language, backlog, writer, subscriber, context))
            {
                // From here the hub's dispatcher writes into the response as it publishes (Subscriber); this request only
                // waits for the end: the reader leaving, being cut off, or the server stopping.
                subscriber.Attach(writer);
            }
            // The server stopping ends it too: the hub ends every subscriber it holds when it closes (BroadcastHub.Close),
            // without a registration per stream on the one token every stream would share.
            using (context.RequestAborted.Register(subscriber.End))
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
            if (subscriber.WasCutOff)
            {
                // What is still buffered for a reader who does not read would otherwise keep the connection, and its
                // memory, until the reader chose to leave.
                logger.LogInformation("Cut off a reader of {Live} that did not keep up", live);
                context.Abort();
            }
        }
        return TypedResults.Empty;
    }

    /// <summary>
    /// Writes the backlog in chunks, flushing each before the next so that at most one chunk waits in memory per reader;
    /// a reader who does not take a chunk within the flush timeout is cut off. False when the stream ended meanwhile.
    /// </summary>
    private async Task<bool> WriteBacklogAsync(string live, string language, IReadOnlyList<Core.Broadcast.Live.LiveEntry> backlog, PipeWriter writer, Subscriber subscriber, HttpContext context)
    {
        long pending = 0;
        foreach (var item in backlog)
        {
            var frame = frames.Entry(live, item, language);
            writer.Write(frame);
            pending += frame.Length;
            if (pending >= options.BacklogChunkBytes)
            {
                pending = 0;
                if (!await FlushWithinTimeoutAsync(writer, subscriber, context))
                {
                    return false;
                }
            }
        }
        return !subscriber.Ended.IsCompleted;
    }

    private async Task<bool> FlushWithinTimeoutAsync(PipeWriter writer, Subscriber subscriber, HttpContext context)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        timeout.CancelAfter(options.FlushTimeout);
        try
        {
            var flushed = await writer.FlushAsync(timeout.Token);
            if (flushed.IsCompleted || flushed.IsCanceled)
            {
                subscriber.End();
                return false;
            }
        }
        catch (OperationCanceledException)
        {
            if (context.RequestAborted.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
            {
                subscriber.End();
            }
            else
            {
                subscriber.CutOff();
            }
            return false;
        }
        return !subscriber.Ended.IsCompleted;
    }

    private static void StartStream(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        // A reader too slow for the stream is cut off by its own queue and the flush timeout (Subscriber), so Kestrel
        // need not time each write against a minimum data rate (bookkeeping on every flush of every stream).
        if (context.Features.Get<IHttpMinResponseDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = null;
        }
    }
}
