using Microsoft.AspNetCore.HttpLogging;
using Parley.Server.Access;

namespace Parley.Server.Pipeline;

/// <summary>
/// What the request log (ASP.NET Core's HTTP logging, no bodies, no headers) says besides method, status and duration:
/// the route pattern instead of the path, and the caller's role. A path holds ids (and a query could hold anything);
/// nothing personal should ever reach a log.
/// </summary>
internal sealed class RequestLogFields : IHttpLoggingInterceptor
{
    public const HttpLoggingFields Fields = HttpLoggingFields.RequestMethod | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;

    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        if (logContext.HttpContext.IsHead() && logContext.TryDisable(HttpLoggingFields.RequestMethod))
        {
            // Answered as the GET it mirrors (HeadRequests), but logged as what the client sent.
            logContext.AddParameter("Method", HttpMethods.Head);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        var context = logContext.HttpContext;
        logContext.AddParameter("Route", (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(none)");
        logContext.AddParameter("Role", context.Caller().RoleName);
        return ValueTask.CompletedTask;
    }
}
