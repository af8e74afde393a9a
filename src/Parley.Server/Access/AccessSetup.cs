using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Parley.Server.Access;

internal static class AccessSetup
{
    /// <summary>Bearer-token authentication and the access policies, with <see cref="DenyByDefault"/> as the fallback.</summary>
    public static IServiceCollection AddParleyAccess(this IServiceCollection services)
    {
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization(authorization => authorization.FallbackPolicy = DenyByDefault.Policy);
        services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>()
            .AddSingleton<IAuthorizationHandler, DenyByDefaultHandler>()
            .AddSingleton<IAuthorizationMiddlewareResultHandler, AccessDeniedResults>();
        return services;
    }
}
