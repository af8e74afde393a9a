using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features.Authentication;

namespace Parley.Server.Access;

/// <summary>The authenticated caller of a request: the anonymous public, or the holder of a token with a role.</summary>
public sealed record Caller(Role Role, string? Party, string? TokenId)
{
    public static readonly Caller Anonymous = new(Role.Public, null, null);

    private const string PartyClaim = "parley:party";

    /// <summary>The role as `parley tokens new --role` spells it: mediator, party:CODE, press, verifier, or public.</summary>
    public string RoleName => Role switch
    {
        Role.Party => "party:" + Party,
        _ => Role.ToString().ToLowerInvariant(),
    };

    /// <summary>The caller as the events it causes name it (its role and token).</summary>
    public Core.Actors.Actor ToActor() => new(Role switch
    {
        Role.Mediator => Core.Actors.ActorRole.Mediator,
        Role.Party => Core.Actors.ActorRole.Party,
        Role.Press => Core.Actors.ActorRole.Press,
        Role.Verifier => Core.Actors.ActorRole.Verifier,
        _ => throw new InvalidOperationException($"the role {RoleName} does not act"),
    }, "token:" + (TokenId ?? "unknown"), Role == Role.Party ? Party : null);

    /// <summary>Parses `mediator`, `party:CODE`, `press` or `verifier`.</summary>
    public static bool TryParseRole(string text, out Role role, out string? party)
    {
        party = null;
        role = Role.None;
        switch (text)
        {
            case "mediator": role = Role.Mediator; return true;
            case "press": role = Role.Press; return true;
            case "verifier": role = Role.Verifier; return true;
            case var t when t.StartsWith("party:", StringComparison.Ordinal) && Core.Ids.IsValid(t[6..]):
                role = Role.Party;
                party = t[6..];
                return true;
            default: return false;
        }
    }

    /// <summary>The caller as the claims of an authenticated principal: the token id, the role, and the party of an officer.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, TokenId ?? ""), new(ClaimTypes.Role, Role.ToString()) };
        if (Party is not null)
        {
            claims.Add(new Claim(PartyClaim, Party));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    /// <summary>The caller a principal stands for: <see cref="Anonymous"/> unless it is authenticated.</summary>
    public static Caller Of(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role)
            ? new Caller(role, user.FindFirstValue(PartyClaim), user.FindFirstValue(ClaimTypes.NameIdentifier))
            : Anonymous;
}

internal static class CallerExtensions
{
    /// <summary>
    /// The request's caller. A request nobody has authenticated has no user until something asks for one, and asking
    /// (<see cref="HttpContext.User"/>) would make an empty principal for it: the public's event streams, a reconnect
    /// storm of them, are asked this by the anonymous read limit.
    /// </summary>
    public static Caller Caller(this HttpContext context) =>
        context.Features.Get<IHttpAuthenticationFeature>()?.User is { } user ? Access.Caller.Of(user) : Access.Caller.Anonymous;
}
