using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Parley.Server.Live;

/// <summary>
/// The short way through the pipeline for the public's event streams: <c>GET</c> or <c>HEAD /live/{id}/events</c> without
/// an <c>Authorization</c> header is answered right after the pipeline's common part (forwarded headers, security headers,
/// allowed hosts, HSTS, errors, HEAD), with the anonymous read limit per address taken from the same limiter the rest of
/// the pipeline uses, and then the stream's own caps (<see cref="StreamAdmission"/>). It skips routing, authentication,
/// authorization and the output cache, which have nothing to decide for it: the endpoint lets everyone in and is never
/// cached. A reconnect storm is ten thousand of these at once (bench hostile). A request with a token takes the whole
/// pipeline, so a dead token is still answered 401 and a holder's reads are not counted as the public's.
/// </summary>
internal sealed class EventStreamBranch(EventStream stream, EndpointDataSource endpoints, IOptions<RateLimiterOptions> limits)
{
    private const string Prefix = "/live/";
    private const string Suffix = "/events";

    private Endpoint? _endpoint;

    /// <summary>Answers the public's event-stream requests on a branch of <paramref name="app"/>'s pipeline, with the request log when it is on.</summary>
    public static void Use(WebApplication app, ServerOptions options)
    {
        var streams = app.Services.GetRequiredService<EventStreamBranch>();
        app.MapWhen(IsPublicStream, branch =>
        {
            if (options.RequestLogging)
            {
                branch.UseHttpLogging();
            }
            branch.Run(streams.HandleAsync);
        });
    }

    /// <summary>Marks the endpoint this branch stands in for (the request log and the security headers read it).</summary>
    public static TBuilder Marks<TBuilder>(TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Marker.Instance);

    private static bool IsPublicStream(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Authorization.Count == 0 && LiveOf(context.Request.Path) is not null;

    /// <summary>The page id of a path <c>/live/{id}/events</c> (literals matched as routing does, ignoring case), or null.</summary>
    internal static string? LiveOf(PathString path)
    {
        var value = path.Value;
        if (value is null || value.Length <= Prefix.Length + Suffix.Length
            || !value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !value.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var id = value[Prefix.Length..^Suffix.Length];
        return id.Contains('/', StringComparison.Ordinal) ? null : id;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var live = LiveOf(context.Request.Path)!;
        context.SetEndpoint(_endpoint ??= endpoints.Endpoints.Single(e => e.Metadata.GetMetadata<Marker>() is not null));
        var limiter = limits.Value;
        using var lease = limiter.GlobalLimiter?.AttemptAcquire(context);
        if (lease is { IsAcquired: false })
        {
            context.Response.StatusCode = limiter.RejectionStatusCode;
            if (limiter.OnRejected is { } rejected)
            {
                await rejected(new OnRejectedContext { HttpContext = context, Lease = lease }, context.RequestAborted);
            }
            return;
        }
        await (await stream.StreamAsync(live, context)).ExecuteAsync(context);
    }

    private sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
