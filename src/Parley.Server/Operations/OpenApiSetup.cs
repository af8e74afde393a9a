using Microsoft.OpenApi;
using NodaTime;

namespace Parley.Server.Operations;

/// <summary>
/// The OpenAPI document at /openapi/v1.json: titled for Parley, with NodaTime's values shown as the ISO strings they are
/// written as (a LocalDate is "2025-05-23", an Instant "2025-05-16T10:30:00Z"), not as objects.
/// </summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddParleyOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(openapi =>
        {
            openapi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Parley";
                document.Info.Description = "The shared, verifiable record of a negotiated prisoner exchange: commands, public figures, rosters for the parties, and the live broadcast. Send 'Authorization: Bearer parley_…' (parley tokens new). Errors are RFC 9457 problem details.";
                return Task.CompletedTask;
            });
            openapi.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                var format = type == typeof(LocalDate) ? "date"
                    : type == typeof(Instant) ? "date-time"
                    : type == typeof(LocalDateTime) ? "local-date-time"
                    : null;
                if (format is not null)
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Format = format;
                    schema.Properties?.Clear();
                    schema.Required?.Clear();
                }
                return Task.CompletedTask;
            });
        });
}
