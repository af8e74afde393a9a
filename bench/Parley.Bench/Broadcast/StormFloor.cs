using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Parley.Server;

namespace Parley.Bench.Broadcast;

/// <summary>
/// The floor of the reconnect storm: the least an ASP.NET Core server can do for it on this machine. Kestrel with no
/// middleware, one endpoint answering the event stream's URL with the event-stream headers and one flushed frame, and a
/// publisher that writes each entry into every open stream; on Kestrel's socket transport with the listen backlog Parley
/// sets (<c>kestrel</c>), or on Parley's own transport with its listen queues (<c>floor</c>, <see cref="Server.Pipeline.BoundedConnections"/>).
/// What Parley takes beyond the floor is Parley's; what nchan takes less than it is the framework's.
/// </summary>
internal static class StormFloor
{
    /// <summary>
    /// Serves <c>GET /live/{id}/events</c> and <c>POST /pub</c> (the body is the entry's text) on <paramref name="urls"/>
    /// until killed; with <paramref name="parleyTransport"/>, on Parley's transport and its default listen queues.
    /// </summary>
    public static int Serve(string urls, bool parleyTransport)
    {
        var options = new ServerOptions { DatabasePath = "" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.WebHost.UseSockets(sockets => sockets.Backlog = options.ListenBacklog);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxResponseBufferSize = options.ResponseBufferBytes);
        if (parleyTransport)
        {
            Server.Live.OpenFileLimit.RaiseToHardLimit();
            Server.Pipeline.BoundedConnections.Use(builder.Services, Server.Live.OpenFileLimit.Connections(options), options.ListenQueues);
        }
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var readers = new HashSet<PipeWriter>();
        app.MapGet("/live/{id}/events", async (HttpContext context) =>
        {
            var response = context.Response;
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers.CacheControl = "no-cache, no-transform";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            var writer = response.BodyWriter;
            writer.Write("retry: 2000\n\n"u8);
            await writer.FlushAsync(context.RequestAborted);
            lock (readers)
            {
                readers.Add(writer);
            }
            var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (context.RequestAborted.Register(() => ended.TrySetResult()))
            {
                await ended.Task;
            }
            lock (readers)
            {
                readers.Remove(writer);
            }
        });
        app.MapPost("/pub", async (HttpContext context) =>
        {
            using var body = new StreamReader(context.Request.Body);
            var frame = Encoding.UTF8.GetBytes($"data: {await body.ReadToEndAsync(context.RequestAborted)}\n\n");
            List<PipeWriter> targets;
            lock (readers)
            {
                targets = [.. readers];
            }
            // Every write first, then the flushes that did not finish at once awaited together (the bench publishes one
            // entry at a time, so no stream is written while its previous flush is pending).
            var pending = new List<Task>();
            foreach (var writer in targets)
            {
                writer.Write(frame);
                var flush = writer.FlushAsync();
                if (!flush.IsCompleted)
                {
                    pending.Add(flush.AsTask());
                }
            }
            await Task.WhenAll(pending);
            return Results.Ok();
        });
        app.Run();
        return 0;
    }
}
