using Microsoft.AspNetCore.Authorization;

namespace Parley.Server.Access;

/// <summary>
/// The fallback policy's rule: an endpoint mapped without an access rule is refused to everyone (deny by default), and
/// the authorization test fails for it. A request that matched no mapped endpoint passes, so that it gets its 404, or
/// routing's own 405 or 415 (those answers are endpoints routing makes, not route endpoints): there is nothing to protect.
/// </summary>
public sealed class DenyByDefault : IAuthorizationRequirement
{
    public static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder().AddRequirements(new DenyByDefault()).Build();

    public const string Detail = "this endpoint has no access rule, so nobody may call it";
}

internal sealed class DenyByDefaultHandler : AuthorizationHandler<DenyByDefault>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DenyByDefault requirement)
    {
        if (context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
