using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace Parley.Server.Access;

internal static class AccessSetup
{
    /// <summary>The default scheme: a bearer token, or on the desk's pages without one, the desk's session cookie.</summary>
    public const string SchemeName = "Parley";

    /// <summary>
    /// Bearer-token authentication, the desk's session cookie (<see cref="DeskCookie"/>) and the access policies, with
    /// <see cref="DenyByDefault"/> as the fallback.
    /// </summary>
    public static IServiceCollection AddParleyAccess(this IServiceCollection services)
    {
        // Session cookies and antiforgery tokens are protected with keys held in memory: a restart signs everyone out,
        // and no key ever sits on disk beside the database.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, null, policy => policy.ForwardDefaultSelector = DeskCookie.SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddCookie(DeskCookie.SchemeName, DeskCookie.Configure);
        services.AddAuthorization(authorization => authorization.FallbackPolicy = DenyByDefault.Policy);
        services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>()
            .AddSingleton<IAuthorizationHandler, DenyByDefaultHandler>()
            .AddSingleton<IAuthorizationMiddlewareResultHandler, AccessDeniedResults>();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = DeskCookie.AntiforgeryCookieName;
            antiforgery.Cookie.Path = DeskCookie.Path;
            antiforgery.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = DeskCookie.AntiforgeryFieldName;
        });
        return services;
    }
}
