using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Parley.Server.Access;
using Parley.Server.Problems;

namespace Parley.Server.Pipeline;

/// <summary>
/// The request pipeline: forwarded headers from trusted proxies only, security headers, allowed hosts, HSTS, errors as
/// problem details, HEAD, the public's event streams (<see cref="Live.EventStreamBranch"/>), routing, access, the request
/// log, rate limits (writes per caller, anonymous reads per address), the output cache.
/// </summary>
internal static class PipelineSetup
{
    /// <summary>The rate-limiting policy of every write (POST) endpoint.</summary>
    public const string WritesPolicy = "writes";

    /// <summary>The host names a server answers to when <see cref="ServerOptions.PublicUrl"/> is set and no list is given: it, and loopback for checks on the machine.</summary>
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static IServiceCollection AddParleyPipeline(this IServiceCollection services, ServerOptions options)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<StorageProblems>();
        services.AddParleyAccess();
        services.AddSingleton<PublicAddress>();
        services.AddHttpLogging(logging =>
        {
            logging.LoggingFields = RequestLogFields.Fields;
            logging.CombineLogs = true;
        });
        services.AddHttpLoggingInterceptor<RequestLogFields>();
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Only the proxies named: ASP.NET Core's defaults trust all of loopback, and anything on the machine could
            // then pose as any address (escaping the per-address caps) or as HTTPS.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(proxy);
            }
            // The proxy's own entry, the last of X-Forwarded-For; what a client wrote before it is the client's word.
            forwarded.ForwardLimit = 1;
        });
        // Host filtering where this pipeline puts it (after the security headers, so its 400 carries them), not where
        // the web host's defaults would (first of all).
        foreach (var filter in services.Where(d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "HostFilteringStartupFilter").ToList())
        {
            services.Remove(filter);
        }
        services.Configure<HostFilteringOptions>(hosts =>
        {
            hosts.AllowedHosts = [.. AllowedHosts(options)];
            hosts.IncludeFailureMessage = false;
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = options.HstsMaxAge;
            hsts.IncludeSubDomains = false;
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, _) =>
            {
                var http = rejected.HttpContext;
                var write = HttpMethods.IsPost(http.Request.Method);
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(write ? 60 : 1);
                var seconds = Math.Max(1, (long)Math.Ceiling(retry.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problem.TooManyRequests(write
                        ? $"at most {options.WritesPerMinute} writes a minute per caller; retry after {seconds} s"
                        : $"at most {options.AnonymousReadsPerMinute} reads a minute from one address without a token; retry after {seconds} s")
                    .ExecuteAsync(http);
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsLimitedRead(http, options)
                ? RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.AnonymousReadBurst),
                    // A second's whole share of the rate, at least one token, every 60 × tokens / rate seconds: one second
                    // at one a second or more, 60/rate s below (rounding up to one a second would let 30 a minute through as 60).
                    TokensPerPeriod = ReadTokensPerPeriod(options),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 * ReadTokensPerPeriod(options) / options.AnonymousReadsPerMinute),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            limiter.AddPolicy(WritesPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Caller().TokenId ?? ClientAddress.Of(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    private static int ReadTokensPerPeriod(ServerOptions options) => Math.Max(1, options.AnonymousReadsPerMinute / 60);

    public static WebApplication UseParleyPipeline(this WebApplication app, ServerOptions options)
    {
        if (options.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        app.UseMiddleware<SecurityHeaders>();
        app.UseHostFiltering();
        if (options.PublicUrl?.Scheme == Uri.UriSchemeHttps)
        {
            // Sent on responses to HTTPS requests (as the trusted proxy reports them), never over plain HTTP (RFC 6797 §7.2).
            app.UseHsts();
        }
        app.UseExceptionHandler();
        app.UseMiddleware<HeadRequests>();
        Live.EventStreamBranch.Use(app, options);
        app.UseRouting();
        app.UseAuthentication();
        if (options.RequestLogging)
        {
            app.UseHttpLogging();
        }
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        return app;
    }

    /// <summary>The hosts of <see cref="ServerOptions.AllowedHosts"/>, or the public URL's and loopback, or any.</summary>
    internal static IEnumerable<string> AllowedHosts(ServerOptions options) =>
        options.AllowedHosts ?? (options.PublicUrl is { } url ? [url.Host, .. LoopbackHosts] : ["*"]);

    /// <summary>A read (GET, or HEAD answered as GET) by someone without a token: the public, limited per address.</summary>
    private static bool IsLimitedRead(HttpContext http, ServerOptions options) =>
        options.AnonymousReadsPerMinute > 0 && HttpMethods.IsGet(http.Request.Method) && http.Caller().Role == Role.Public;
}
