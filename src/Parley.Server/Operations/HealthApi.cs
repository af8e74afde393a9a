using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Server.Access;
using Parley.Server.Live;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Server.Operations;

/// <summary>
/// `GET /healthz`: the writer's health and the last durable sequence number, how far the broadcast has read, and how many
/// live readers there are. 200 while writes are accepted or only failing for now (disk full: reads go on, the status says
/// "degraded" and why); 503 once the writer has stopped for good, so a supervisor restarts the server.
/// </summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", Results<Ok<Health>, JsonHttpResult<Health>> (ParleyStore store, BroadcastHub hub) =>
            {
                var writer = store.WriterHealth;
                var health = new Health(
                    writer.State switch { WriterState.Ok => "ok", WriterState.Failing => "degraded", _ => "failing" },
                    WriterWord(writer.State), writer.LastDurableSequence, writer.Cause, hub.Through, hub.SubscriberCount);
                return writer.State == WriterState.Stopped
                    ? TypedResults.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable)
                    : TypedResults.Ok(health);
            })
            .WithTags("Operations")
            .WithSummary("Liveness and readiness: the writer's health and the last durable sequence")
            .AllowEveryone();
        return routes;
    }

    private static string WriterWord(WriterState state) => state switch
    {
        WriterState.Ok => "ok",
        WriterState.Failing => "failing",
        _ => "stopped",
    };
}

/// <summary>
/// The server's health: <see cref="Status"/> ok, degraded (writes refused for now) or failing (writer stopped);
/// <see cref="Writer"/> ok, failing or stopped, with <see cref="WriterError"/> saying why; <see cref="LastSequence"/> the
/// last durable sequence number.
/// </summary>
public sealed record Health(string Status, string Writer, long LastSequence, string? WriterError, long BroadcastThrough, int Subscribers);
