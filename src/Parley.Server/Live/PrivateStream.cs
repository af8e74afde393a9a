using Microsoft.AspNetCore.Http.Features;

namespace Parley.Server.Live;

/// <summary>
/// A small event stream for one reader (a desk page, a family's page): never stored by a cache or a proxy, never buffered,
/// each write flushed at once. The live pages' shared streams have their own writer (<see cref="EventStream"/>).
/// </summary>
internal static class PrivateStream
{
    /// <summary>The headers of the stream; call before the first write.</summary>
    public static void Start(HttpContext context)
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
