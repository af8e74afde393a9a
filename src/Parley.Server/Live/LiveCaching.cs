using Microsoft.Net.Http.Headers;

namespace Parley.Server.Live;

/// <summary>
/// Caching of the pages and feeds: validators (an ETag naming the log position and the language, so a reader or a CDN
/// asking again with If-None-Match gets 304 without a page being rendered), short shared caching for CDNs, and
/// ASP.NET Core's output cache on the server, size-limited, keyed by the log position (<see cref="LiveOutputCachePolicy"/>).
/// </summary>
public static class LiveCaching
{
    /// <summary>Short-lived and shared: a CDN may serve a copy for 5 s, and a stale one for 30 s while it revalidates.</summary>
    public const string CacheControl = "public, max-age=5, stale-while-revalidate=30";

    /// <summary>The output-cache policy of the index and the live pages: a new copy whenever the log moves.</summary>
    public const string PagesPolicy = "live-pages";

    /// <summary>The output-cache policy of the feeds: a new copy when their page gets an entry.</summary>
    public const string FeedsPolicy = "live-feeds";

    public static IServiceCollection AddLiveCaching(this IServiceCollection services, ServerOptions options) =>
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.OutputCacheBytes;
            cache.AddPolicy(PagesPolicy, new LiveOutputCachePolicy((hub, _) => hub.Through));
            cache.AddPolicy(FeedsPolicy, new LiveOutputCachePolicy((hub, live) => live is null ? null : hub.Page(live)?.Version));
        });

    /// <summary>
    /// Sets the validators and caching headers of a response with <paramref name="etag"/>, and says whether the request's
    /// If-None-Match already names it (the answer is then 304, with no body).
    /// </summary>
    public static bool NotModified(HttpContext context, string etag)
    {
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        headers.Vary = "Accept-Language";
        var header = context.Request.Headers.IfNoneMatch.ToString();
        if (header.Length == 0 || !EntityTagHeaderValue.TryParseList(header.Split(','), out var tags))
        {
            return false;
        }
        var mine = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(mine, useStrongComparison: false));
    }
}
