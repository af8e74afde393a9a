using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Parley.Server.Problems;

namespace Parley.Server.Access;

/// <summary>
/// How a refusal is answered: the bearer scheme's 401 or 403 (<see cref="BearerTokenHandler"/>), except for an endpoint
/// without an access rule, which is 403 for everyone, the public included: signing in would not help.
/// </summary>
internal sealed class AccessDeniedResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<DenyByDefault>().Any() == true
            ? Problem.Forbidden(DenyByDefault.Detail).ExecuteAsync(context)
            : _default.HandleAsync(next, context, policy, authorizeResult);
}
