using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;
using Parley.Server.Access;

namespace Parley.Server.Pipeline;

/// <summary>
/// The security headers on every response, errors included: a Content-Security-Policy without inline script (the live
/// page's script is a file; JSON-LD is data, not script), <c>X-Content-Type-Options: nosniff</c>, no Referer sent on
/// (a family following a page tells nobody where it came from), and <c>frame-ancestors 'none'</c> unless the endpoint is
/// meant to be embedded (<see cref="SecurityHeadersExtensions.Embeddable{TBuilder}"/>). Every response of an endpoint the
/// public may not call (rosters, persons, the desk: personal data) says <c>Cache-Control: no-store</c>, so that no
/// browser, proxy or CDN keeps a copy.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>Own files only: scripts, styles, images and the event stream come from this server; no forms, no base.</summary>
    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

    private static readonly ContentSecurityPolicy Default = new(Policy, embeddable: false);

    /// <summary>
    /// <see cref="IsPublic"/> per endpoint, worked out on its first response: every response asks, and an endpoint's
    /// metadata never changes (keys held weakly, should routing ever build its endpoints anew).
    /// </summary>
    private static readonly ConditionalWeakTable<Endpoint, StrongBox<bool>> Public = new();

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts, so an error page written after a failure carries them too. The values are
        // made once, not per response: an event stream holds its headers for as long as it is open.
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = (http.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicy>() ?? Default).Header;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (!IsPublic(http.GetEndpoint()))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>
    /// Whether every access rule of the endpoint lets the public in (<see cref="AccessPolicy"/>); a request that matched
    /// no endpoint (404, 405) has no data to keep private.
    /// </summary>
    private static bool IsPublic(Endpoint? endpoint) =>
        endpoint is null || Public.GetValue(endpoint, static e => new StrongBox<bool>(LetsEveryoneIn(e))).Value;

    private static bool LetsEveryoneIn(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
            .All(policy => policy.Requirements.OfType<AccessRequirement>().All(rule => (rule.Allowed & Role.Public) != 0));
}

/// <summary>Endpoint metadata: the endpoint's Content-Security-Policy header, when it is not the default.</summary>
internal sealed class ContentSecurityPolicy(string policy, bool embeddable)
{
    public string Header { get; } = $"{policy}; frame-ancestors {(embeddable ? "*" : "'none'")}";
}

internal static class SecurityHeadersExtensions
{
    /// <summary>A page other sites may embed in a frame (a newsroom's article showing the live broadcast).</summary>
    public static TBuilder Embeddable<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ContentSecurityPolicy(SecurityHeaders.Policy, embeddable: true));

    /// <summary>A policy other than <see cref="SecurityHeaders.Policy"/>, for a page that cannot keep to it; not embeddable.</summary>
    public static TBuilder WithContentSecurityPolicy<TBuilder>(this TBuilder builder, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ContentSecurityPolicy(policy, embeddable: false));
}
