using Parley.Server.Problems;

namespace Parley.Server.Access;

/// <summary>
/// Authenticates the bearer token (if any) and applies the endpoint's <see cref="AccessRule"/>: a bad or revoked token is
/// 401 everywhere; a role the rule does not allow is 401 for the public (sign in) and 403 for everyone else; an endpoint
/// without a rule is refused (deny by default).
/// </summary>
internal sealed class AccessMiddleware(RequestDelegate next, TokenStore tokens, ServerOptions options, ILogger<AccessMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var caller = Caller.Anonymous;
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || tokens.Find(header["Bearer ".Length..].Trim()) is not { } found)
            {
                await Problem.Unauthorized("the bearer token is unknown or revoked; ask the mediator for a new one").ExecuteAsync(context);
                return;
            }
            caller = found;
        }
        context.Features.Set(caller);
        var endpoint = context.GetEndpoint();
        if (endpoint is not null)
        {
            var rule = endpoint.Metadata.GetMetadata<AccessRule>();
            if (rule is null && endpoint.DisplayName is { } name && (name.StartsWith("405 ", StringComparison.Ordinal) || name.StartsWith("415 ", StringComparison.Ordinal)))
            {
                // Routing's own answers (wrong method, wrong content type): nothing to protect.
                await next(context);
                return;
            }
            if (rule is null)
            {
                await Problem.Forbidden("this endpoint has no access rule, so nobody may call it").ExecuteAsync(context);
                return;
            }
            if (!rule.Allows(caller.Role))
            {
                var result = caller.Role == Role.Public
                    ? Problem.Unauthorized("this needs a bearer token (Authorization: Bearer parley_…)")
                    : Problem.Forbidden($"the role {caller.RoleName} may not do this");
                await result.ExecuteAsync(context);
                return;
            }
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await next(context);
        if (options.RequestLogging)
        {
            // The route pattern, not the path or query: ids are opaque, but nothing personal should ever reach a log.
            logger.LogInformation("{Method} {Route} {Status} {Role} {ElapsedMs:0.0}ms", context.Request.Method,
                (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(none)", context.Response.StatusCode, caller.RoleName,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
