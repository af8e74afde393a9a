using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Talks;
using Parley.Server.Access;
using Parley.Server.Views;
using Parley.Store.Domain;

namespace Parley.Server.Api;

/// <summary>
/// The talks record, read in full: parties, mediators, a round with its delegations, statements (with sources, language and
/// translations) and agreements (text and formula), and the claims with their current verdict. All public: officials in
/// public roles only, and claims are counts.
/// </summary>
public static class TalksApi
{
    public static IEndpointRouteBuilder MapTalksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Talks record").AllowEveryone();
        group.MapGet("/parties", (ParleyStore store) => TypedResults.Ok<IReadOnlyList<Party>>([.. store.State.Parties.Values]))
            .WithSummary("The parties to the talks");
        group.MapGet("/mediators", (ParleyStore store) => TypedResults.Ok<IReadOnlyList<Mediator>>([.. store.State.Mediators.Values]))
            .WithSummary("The mediators and the officials acting for them in public");
        group.MapGet("/rounds/{id}", Results<Ok<RoundView>, ProblemHttpResult> (string id, ParleyStore store) =>
                store.State is var state && state.Rounds.GetValueOrDefault(id) is { } round
                    ? TypedResults.Ok(RoundView.Of(state, round))
                    : Problems.Problem.NotFound($"there is no round '{id}'"))
            .WithSummary("One round: mediator, delegations, statements and agreements");
        group.MapGet("/statements", (string? round, ParleyStore store) =>
            {
                var state = store.State;
                return TypedResults.Ok<IReadOnlyList<StatementView>>([.. state.Statements.Values
                    .Where(s => round is null || s.RoundId == round).OrderBy(s => s.At).Select(s => StatementView.Of(state, s))]);
            })
            .WithSummary("Statements (of one round with ?round=): words as said, language, translations, sources, the speaking delegate, corrections");
        group.MapGet("/agreements", (ParleyStore store) =>
            {
                var state = store.State;
                return TypedResults.Ok<IReadOnlyList<AgreementView>>([.. state.Agreements.Values.Select(a => AgreementView.Of(state, a))]);
            })
            .WithSummary("Agreements: full text, exchange terms in the formula language, signatories, corrections");
        group.MapGet("/claims", (string? exchange, ParleyStore store) =>
            {
                var state = store.State;
                return TypedResults.Ok<IReadOnlyList<ClaimView>>([.. state.Claims.Values
                    .Where(c => exchange is null || c.Exchange == exchange).OrderBy(c => c.At).Select(c => ClaimView.Of(state, c))]);
            })
            .WithSummary("Claims about exchanges (of one with ?exchange=), each with the record's figure and its current verdict");
        return routes;
    }
}
