using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Feasibility;
using Parley.Server.Access;

namespace Parley.Server.Feasibility;

/// <summary>An exchange's feasibility under its agreed formula, in public: counts, dates and sentences, never a person.</summary>
public static class FeasibilityApi
{
    public static IEndpointRouteBuilder MapFeasibilityApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/exchanges/{id}/feasibility", Results<Ok<FeasibilityReport>, ProblemHttpResult> (string id, FeasibilityReports reports) =>
                reports.Of(id) is { } report
                    ? TypedResults.Ok(report)
                    : Problems.Problem.NotFound($"there is no exchange '{id}'"))
            .WithTags("Record")
            .AllowEveryone()
            .WithSummary("Whether the agreed formula can be fulfilled from the lists, what binds, and the forecast with its range and assumptions (docs/feasibility.md)");
        return routes;
    }
}
