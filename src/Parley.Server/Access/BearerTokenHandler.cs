using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Parley.Server.Problems;

namespace Parley.Server.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer parley_…</c> (RFC 6750) against <see cref="TokenStore"/>. No header is the
/// anonymous public. A header with an unknown or revoked token is answered 401 at once, before any endpoint, public ones
/// included, so a client with a dead token finds out (the handler takes the request, as <see cref="IAuthenticationRequestHandler"/>
/// lets a scheme do).
/// </summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
{
    public const string SchemeName = "Bearer";

    private const string Prefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || tokens.Find(header[Prefix.Length..].Trim()) is not { } caller)
        {
            return Task.FromResult(AuthenticateResult.Fail("the bearer token is unknown or revoked; ask the mediator for a new one"));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(Scheme.Name), Scheme.Name)));
    }

    /// <summary>Answers a request whose token was refused; lets every other request through.</summary>
    public async Task<bool> HandleRequestAsync()
    {
        if ((await AuthenticateAsync()).Failure is null)
        {
            return false;
        }
        await HandleChallengeAsync(new AuthenticationProperties());
        return true;
    }

    /// <summary>401: the token was refused, or none was sent where one is needed.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await AuthenticateAsync();
        Response.Headers.WWWAuthenticate = Prefix.Trim();
        await Problem.Unauthorized(result.Failure?.Message ?? "this needs a bearer token (Authorization: Bearer parley_…)").ExecuteAsync(Context);
    }

    /// <summary>403: a valid token whose role may not do this.</summary>
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem.Forbidden($"the role {Context.Caller().RoleName} may not do this").ExecuteAsync(Context);
}
