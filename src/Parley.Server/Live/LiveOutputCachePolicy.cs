using Microsoft.AspNetCore.OutputCaching;

namespace Parley.Server.Live;

/// <summary>
/// The output-cache policy of the live pages and feeds: public responses, kept per language and per log position (what
/// <paramref name="position"/> reads for the page in the route), so a copy is never stale and needs no eviction; copies
/// of passed positions age out, and the store is size-limited (<see cref="ServerOptions.OutputCacheBytes"/>). Cached for
/// every caller, signed in or not: nothing on these pages depends on who asks.
/// </summary>
internal sealed class LiveOutputCachePolicy(Func<BroadcastHub, string?, long?> position) : IOutputCachePolicy
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var hub = http.RequestServices.GetRequiredService<BroadcastHub>();
        var at = position(hub, http.Request.RouteValues.TryGetValue("id", out var id) ? id as string : null);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = at is not null;
        context.AllowCacheStorage = at is not null;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.VaryByValues["language"] = Language.Of(http.Request);
        context.CacheVaryByRules.VaryByValues["position"] = at?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Only a full page is kept: not a 304, not a 404.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
