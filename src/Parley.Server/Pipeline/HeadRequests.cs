namespace Parley.Server.Pipeline;

/// <summary>
/// HEAD is answered wherever GET is (RFC 9110 §9.3.2): the request is routed, authorized, cached and handled as the GET
/// it mirrors, and Kestrel sends the headers without the body, which it drops for a HEAD request whatever the endpoint
/// writes.
/// </summary>
/// <remarks>
/// Written by hand because routing matches HEAD only on endpoints that list it, endpoint by endpoint; answering it here
/// gives every GET endpoint, today's and tomorrow's, the same HEAD with the same access rule, and keeps one endpoint per
/// resource in the endpoint list the authorization test is built from.
/// </remarks>
internal sealed class HeadRequests(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
            context.Features.Set(HeadRequest.Instance);
        }
        return next(context);
    }
}

/// <summary>Marks a request that arrived as HEAD (<see cref="HeadRequests"/>).</summary>
internal sealed class HeadRequest
{
    public static readonly HeadRequest Instance = new();
}

internal static class HeadRequestExtensions
{
    /// <summary>Whether the client asked with HEAD: a response that never ends by itself (an event stream) ends after its headers.</summary>
    public static bool IsHead(this HttpContext context) => context.Features.Get<HeadRequest>() is not null;
}
