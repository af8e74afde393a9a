using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Exchanges;
using Parley.Server.Access;
using Parley.Store.Domain;

namespace Parley.Server.Api;

/// <summary>The public figures: rounds and exchanges, counts only (never a person).</summary>
public static class ReadsApi
{
    public static IEndpointRouteBuilder MapReadsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Record").AllowEveryone();
        group.MapGet("/rounds", (ParleyStore store) => TypedResults.Ok(ReadModel.Rounds(store.Log)))
            .WithSummary("The rounds of talks, with their delegations (officials in public roles)");
        group.MapGet("/exchanges", (ParleyStore store) => TypedResults.Ok(ReadModel.Exchanges(store.Log)))
            .WithSummary("Every exchange: terms, stages and counts per side");
        group.MapGet("/exchanges/{id}", Results<Ok<ExchangeSummary>, ProblemHttpResult> (string id, ParleyStore store) =>
                ReadModel.Exchange(store.Log, id) is { } summary
                    ? TypedResults.Ok(summary)
                    : Problems.Problem.NotFound($"there is no exchange '{id}'"))
            .WithSummary("One exchange: terms, stages and counts per side");
        return routes;
    }
}
