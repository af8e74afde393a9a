using System.Collections.Concurrent;
using Microsoft.Net.Http.Headers;

namespace Parley.Server.Live;

/// <summary>
/// Rendered pages and feeds, kept per (what, page, language) until the log moves on, with ETags so that a reader or a CDN
/// asking again with If-None-Match gets 304 and no body.
/// </summary>
public sealed class HttpCaching
{
    /// <summary>Short-lived and shared: a CDN may serve a copy for 5 s, and a stale one for 30 s while it revalidates.</summary>
    public const string CacheControl = "public, max-age=5, stale-while-revalidate=30";

    private const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, (string ETag, byte[] Body)> _cache = new(StringComparer.Ordinal);

    public IResult Serve(HttpContext context, string key, string etag, string contentType, Func<byte[]> render)
    {
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        headers.Vary = "Accept-Language";
        if (Matches(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        if (_cache.Count > MaxEntries)
        {
            _cache.Clear(); // keys include the Host a client sent, so bound them rather than trust them
        }
        var entry = _cache.GetOrAdd(key, _ => (etag, render()));
        if (entry.ETag != etag)
        {
            entry = (etag, render());
            _cache[key] = entry;
        }
        return TypedResults.Bytes(entry.Body, contentType);
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch.ToString();
        if (header.Length == 0 || !EntityTagHeaderValue.TryParseList(header.Split(','), out var tags))
        {
            return false;
        }
        var mine = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(mine, useStrongComparison: false));
    }
}
