using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Server.Access;
using Parley.Server.Desk;
using Parley.Server.Problems;
using Parley.Server.Views;
using Parley.Store.Domain;

namespace Parley.Server.Api;

/// <summary>
/// An exchange as each role may read it (docs/api.md, "Reading an exchange"), by the same rules as the desk's pages
/// (<see cref="ExchangeAccess"/>): the four lists (people for the mediator and the two parties' officers, counts for
/// everyone else), the candidates with their evidence, decisions and confirmations (the mediator all; an officer those
/// of the direction its party receives), and the people to interview with the notes (the verifier and the mediator).
/// </summary>
public static class ExchangeViewsApi
{
    public static IEndpointRouteBuilder MapExchangeViewsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/exchanges/{exchange}").WithTags("Exchange lists");
        group.MapGet("/lists", Lists).AllowEveryone()
            .WithSummary("The four lists (two per direction): the people for the mediator and the parties' officers, counts for everyone else");
        group.MapGet("/candidates", Candidates).Allow(Role.Mediator | Role.Party)
            .WithSummary("Candidate pairs with field-by-field evidence, decisions and confirmations: all for the mediator, the receiving direction for an officer");
        group.MapGet("/interviews", Interviews).Allow(Role.Mediator | Role.Verifier)
            .WithSummary("The people the verifier must see, with their interviews and notes (the verifier and the mediator only)");
        return routes;
    }

    internal static Results<Ok<IReadOnlyList<DirectionView>>, ProblemHttpResult> Lists(string exchange, HttpContext context, ParleyStore store) =>
        Open(exchange, context, store, out var access) is { } refusal ? refusal : TypedResults.Ok(ExchangeViews.Lists(access!));

    internal static Results<Ok<IReadOnlyList<CandidateView>>, ProblemHttpResult> Candidates(string exchange, HttpContext context, ParleyStore store, ReconcileJobs jobs) =>
        Open(exchange, context, store, out var access) is { } refusal ? refusal
        : access!.SeesAnyCandidates ? TypedResults.Ok(ExchangeViews.Candidates(access, store.State, key => jobs.Evidence(exchange, key)))
        : Problem.Forbidden($"the role {access.Caller.RoleName} may not see the candidates of exchange '{exchange}'");

    internal static Results<Ok<IReadOnlyList<InterviewPerson>>, ProblemHttpResult> Interviews(string exchange, HttpContext context, ParleyStore store, InterviewJournal journal) =>
        Open(exchange, context, store, out var access) is { } refusal ? refusal : TypedResults.Ok(ExchangeViews.Interviews(access!, journal));

    /// <summary>The caller's view of the exchange, or 404 for an unknown one and 403 for a party that is not one of its sides.</summary>
    private static ProblemHttpResult? Open(string exchange, HttpContext context, ParleyStore store, out ExchangeAccess? access)
    {
        access = null;
        if (store.State.Exchanges.GetValueOrDefault(exchange) is not { } x)
        {
            return Problem.NotFound($"there is no exchange '{exchange}'");
        }
        access = new ExchangeAccess(context.Caller(), x);
        return access.Caller.Role == Role.Party && access.PartySide is null
            ? Problem.Forbidden($"party {access.Caller.Party} is not a side of exchange '{exchange}'")
            : null;
    }
}
