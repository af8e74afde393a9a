using Parley.Server.Access;
using Parley.Server.Live;
using Parley.Store.Domain;

namespace Parley.Server.Operations;

/// <summary>`GET /healthz`: the server is up and reads its log; how far it has read, and how many live readers it has.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", (ParleyStore store, BroadcastHub hub) =>
                TypedResults.Ok(new Health("ok", store.Log.LastSequence, hub.Through, hub.SubscriberCount)))
            .WithTags("Operations")
            .WithSummary("Liveness and readiness")
            .AllowEveryone();
        return routes;
    }
}

public sealed record Health(string Status, long LastSequence, long BroadcastThrough, int Subscribers);
