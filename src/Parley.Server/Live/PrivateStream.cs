using Microsoft.AspNetCore.Http.Features;
using Parley.Server.Pipeline;

namespace Parley.Server.Live;

/// <summary>
/// A small event stream for one reader (a desk page, a family's page): never stored by a cache or a proxy, never buffered,
/// each write flushed at once. The live pages' shared streams have their own writer (<see cref="EventStream"/>).
/// </summary>
internal static class PrivateStream
{
    /// <summary>
    /// Runs one private stream: admitted against the caps every stream counts against (refused with their one 429/503
    /// answer), started, the reconnection delay sent, then <paramref name="body"/> with a token that ends when the reader
    /// leaves or the server stops (which ends the stream quietly).
    /// </summary>
    public static async Task RunAsync(HttpContext context, StreamAdmission admission, IHostApplicationLifetime lifetime, TimeSpan retry,
        Func<HttpResponse, CancellationToken, Task> body)
    {
        using var ticket = admission.TryAdmit(ClientAddress.Of(context), out var refusal);
        if (ticket is null)
        {
            await admission.Refused(context, refusal).ExecuteAsync(context);
            return;
        }
        Start(context);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await WriteAsync(context.Response, $"retry: {(long)retry.TotalMilliseconds}\n\n", stop.Token);
            await body(context.Response, stop.Token);
        }
        catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
        {
        }
    }

    /// <summary>The headers of the stream; call before the first write.</summary>
    private static void Start(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    /// <summary>Writes <paramref name="text"/> (whole SSE frames) and flushes it to the reader.</summary>
    public static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
