using Microsoft.AspNetCore.Authorization;

namespace Parley.Server.Access;

/// <summary>
/// The authorization policies of the endpoints: each endpoint says which roles may call it (<see cref="Allow{TBuilder}"/>),
/// and one without a rule is refused by the fallback policy (<see cref="DenyByDefault"/>).
/// </summary>
public static class AccessPolicy
{
    /// <summary>Every role, and the public.</summary>
    public const Role Everyone = Role.Public | Role.Mediator | Role.Party | Role.Press | Role.Verifier;

    /// <summary>The policy that lets callers in <paramref name="roles"/> (and only them) through.</summary>
    public static AuthorizationPolicy For(Role roles) => new AuthorizationPolicyBuilder().AddRequirements(new AccessRequirement(roles)).Build();

    /// <summary>Lets callers in <paramref name="roles"/> (and only them) reach the endpoints.</summary>
    public static TBuilder Allow<TBuilder>(this TBuilder builder, Role roles) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(For(roles));

    /// <summary>Anyone, signed in or not.</summary>
    public static TBuilder AllowEveryone<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Allow(Everyone);
}
