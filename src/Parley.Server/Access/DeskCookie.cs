using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Parley.Server.Access;

/// <summary>
/// The desk's session (docs/desk.md): a token typed once into the sign-in form is exchanged for a cookie that is
/// HttpOnly, SameSite=Strict, Secure whenever the request came over TLS, and sent only to <c>/desk</c>. The cookie holds
/// the token's id and role, never the token; every request checks the token is still not revoked.
/// </summary>
internal static class DeskCookie
{
    public const string SchemeName = "Desk";

    public const string Path = "/desk";

    public const string SignInPath = "/desk/sign-in";

    public const string AntiforgeryCookieName = "parley_desk_form";

    public const string AntiforgeryFieldName = "__form";

    /// <summary>How long a session lasts without use.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>The desk's pages without an Authorization header use the session; everything else the bearer token.</summary>
    public static string SchemeFor(HttpContext context) =>
        context.Request.Headers.Authorization.Count == 0 && context.Request.Path.StartsWithSegments(Path)
            ? SchemeName
            : BearerTokenHandler.SchemeName;

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "parley_desk";
        options.Cookie.Path = Path;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = Lifetime;
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = async context =>
            {
                var caller = Caller.Of(context.Principal!);
                if (caller.TokenId is null || !context.HttpContext.RequestServices.GetRequiredService<TokenStore>().IsActive(caller.TokenId))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(SchemeName);
                }
            },
            // The sign-in page, without a return address (the desk's home follows signing in).
            OnRedirectToLogin = context =>
            {
                if (HttpMethods.IsGet(context.Request.Method))
                {
                    context.Response.Redirect(SignInPath);
                }
                else
                {
                    return Desk.DeskResults.Message(context.HttpContext, StatusCodes.Status401Unauthorized, "desk.msg.sign-in-again",
                        "your session has ended, or the session cookie is not one this server issued: sign in again and send the form once more. Nothing was changed.",
                        back: SignInPath).ExecuteAsync(context.HttpContext);
                }
                return Task.CompletedTask;
            },
            OnRedirectToAccessDenied = context => Desk.DeskResults.Forbidden(context.HttpContext,
                $"the role {context.HttpContext.Caller().RoleName} may not use this page").ExecuteAsync(context.HttpContext),
        };
    }
}
