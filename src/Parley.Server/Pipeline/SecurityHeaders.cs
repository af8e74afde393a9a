using Microsoft.Net.Http.Headers;

namespace Parley.Server.Pipeline;

/// <summary>
/// The security headers on every response, errors included: a Content-Security-Policy without inline script (the live
/// page's script is a file; JSON-LD is data, not script), <c>X-Content-Type-Options: nosniff</c>, no Referer sent on
/// (a family following a page tells nobody where it came from), and <c>frame-ancestors 'none'</c> unless the endpoint is
/// meant to be embedded (<see cref="SecurityHeadersExtensions.Embeddable{TBuilder}"/>).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>Own files only: scripts, styles, images and the event stream come from this server; no forms, no base.</summary>
    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

    private static readonly ContentSecurityPolicy Default = new(Policy, embeddable: false);

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
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
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
