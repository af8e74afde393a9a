using Microsoft.AspNetCore.Authorization;

namespace Parley.Server.Access;

/// <summary>An endpoint's access rule: the roles that may call it (<see cref="AccessPolicy"/>).</summary>
public sealed record AccessRequirement(Role Allowed) : IAuthorizationRequirement
{
    public override string ToString() => Allowed.ToString();
}

/// <summary>Allows a caller whose role is in the rule; a request without a token is the public.</summary>
internal sealed class AccessRequirementHandler : AuthorizationHandler<AccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if ((requirement.Allowed & Caller.Of(context.User).Role) != 0)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
