namespace Parley.Server.Access;

/// <summary>
/// Endpoint metadata: the roles that may call it. Every endpoint must carry one; <see cref="AccessMiddleware"/> refuses
/// an endpoint without (deny by default), and the authorization test fails for it.
/// </summary>
public sealed record AccessRule(Role Allowed)
{
    public bool Allows(Role role) => (Allowed & role) != 0;

    public override string ToString() => Allowed.ToString();
}

public static class AccessRuleExtensions
{
    /// <summary>Lets callers in <paramref name="roles"/> (and only them) reach the endpoints.</summary>
    public static TBuilder Allow<TBuilder>(this TBuilder builder, Role roles) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessRule(roles));

    /// <summary>Anyone, signed in or not.</summary>
    public static TBuilder AllowEveryone<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Allow(Role.Public | Role.Mediator | Role.Party | Role.Press);
}
