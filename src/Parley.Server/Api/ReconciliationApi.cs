using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Matching.Reconciliation;
using Parley.Server.Access;
using Parley.Server.Desk;
using Parley.Server.Problems;
using Parley.Store.Domain;

namespace Parley.Server.Api;

/// <summary>
/// Reconciliation inside the running server, for the mediator's programs (`parley reconcile --exchange --server`): start a
/// run on the server's background job (<see cref="ReconcileJobs"/>, the same the desk's button starts), then read how far
/// it has got and, once done, its report (docs/api.md, "Reconciling inside the server").
/// </summary>
public static class ReconciliationApi
{
    public static IEndpointRouteBuilder MapReconciliationApi(this IEndpointRouteBuilder routes)
    {
        const string Path = "/api/exchanges/{exchange}/reconciliation";
        routes.MapPost(Path, Start).WithTags("Reconciliation").Allow(Role.Mediator).RequireRateLimiting(Pipeline.PipelineSetup.WritesPolicy)
            .WithSummary("Start reconciling the exchange's lists inside the server (or join the run under way); ?match=P&review=P set the thresholds")
            .WithDescription("202 with the run's status; read it again at the Location until its state is done or failed.");
        routes.MapGet(Path, Status).WithTags("Reconciliation").Allow(Role.Mediator)
            .WithSummary("The exchange's latest run since the server started: stage, progress, and once done the report with each review candidate's evidence");
        return routes;
    }

    internal static Results<Accepted<ReconcileStatus>, ValidationProblem, ProblemHttpResult> Start(
        string exchange, double? match, double? review, HttpContext context, ParleyStore store, ReconcileJobs jobs)
    {
        if (!store.State.Exchanges.ContainsKey(exchange))
        {
            return Problem.NotFound($"there is no exchange '{exchange}'");
        }
        double m = match ?? Thresholds.Default.Match, r = review ?? Thresholds.Default.Review;
        if (!(r > 0 && r <= m && m < 1))
        {
            return Problem.BadField(match is null ? "review" : "match", string.Create(CultureInfo.InvariantCulture,
                $"thresholds must satisfy 0 < review <= match < 1; got review {r}, match {m}"));
        }
        var options = ReconcileOptions.Default with { Thresholds = new Thresholds(m, r, Thresholds.Default.AmbiguityMarginBits) };
        var status = jobs.Start(exchange, context.Caller(), options);
        return TypedResults.Accepted($"/api/exchanges/{Uri.EscapeDataString(exchange)}/reconciliation", status);
    }

    internal static Results<Ok<ReconcileStatus>, ProblemHttpResult> Status(string exchange, ParleyStore store, ReconcileJobs jobs) =>
        !store.State.Exchanges.ContainsKey(exchange) ? Problem.NotFound($"there is no exchange '{exchange}'")
        : jobs.Status(exchange) is { } status ? TypedResults.Ok(status)
        : Problem.NotFound($"exchange '{exchange}' has not been reconciled since the server started");
}
