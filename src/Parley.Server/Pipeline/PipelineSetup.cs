using System.Threading.RateLimiting;
using Parley.Server.Access;
using Parley.Server.Problems;

namespace Parley.Server.Pipeline;

/// <summary>The request pipeline: security headers, errors as problem details, HEAD, routing, access, the request log, rate limits, the output cache.</summary>
internal static class PipelineSetup
{
    /// <summary>The rate-limiting policy of every write (POST) endpoint.</summary>
    public const string WritesPolicy = "writes";

    public static IServiceCollection AddParleyPipeline(this IServiceCollection services, ServerOptions options)
    {
        services.AddProblemDetails();
        services.AddParleyAccess();
        services.AddHttpLogging(logging =>
        {
            logging.LoggingFields = RequestLogFields.Fields;
            logging.CombineLogs = true;
        });
        services.AddHttpLoggingInterceptor<RequestLogFields>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                await Problem.TooManyRequests($"at most {options.WritesPerMinute} writes a minute per caller; retry after a minute")
                    .ExecuteAsync(rejected.HttpContext);
            };
            limiter.AddPolicy(WritesPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Caller().TokenId ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static WebApplication UseParleyPipeline(this WebApplication app, ServerOptions options)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseMiddleware<HeadRequests>();
        app.UseRouting();
        app.UseAuthentication();
        if (options.RequestLogging)
        {
            app.UseHttpLogging();
        }
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        return app;
    }
}
