using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core;
using Parley.Core.Exchanges;
using Parley.Server.Access;
using Parley.Server.Problems;
using Parley.Store.Domain;

namespace Parley.Server.Api;

/// <summary>
/// Rosters with personal data: the mediator sees both sides; a party officer sees its own side only, with each person's
/// status (matched, verified, scheduled...), and never the other side's people.
/// </summary>
public static class RosterApi
{
    public static IEndpointRouteBuilder MapRosterApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/exchanges/{exchange}").WithTags("Rosters").Allow(Role.Mediator | Role.Party);
        group.MapGet("/roster", Roster).WithSummary("The roster the caller may see: both sides for the mediator, its own for a party");
        group.MapGet("/persons/{person}", Person).WithSummary("One person on a roster the caller may see");
        return routes;
    }

    internal static Results<Ok<IReadOnlyList<RosterPerson>>, ProblemHttpResult> Roster(string exchange, HttpContext context, ParleyStore store, PersonalDataAudit audit)
    {
        if (store.State.Exchanges.GetValueOrDefault(exchange) is not { } x)
        {
            return Problem.NotFound($"there is no exchange '{exchange}'");
        }
        var caller = context.Caller();
        var side = SideOf(caller, x);
        if (caller.Role == Role.Party && side is null)
        {
            return Problem.Forbidden($"party {caller.Party} is not a side of exchange '{exchange}'");
        }
        IReadOnlyList<RosterPerson> people = x.Persons.Values
            .Where(p => side is null || p.Side == side)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => RosterPerson.Of(x, p))
            .ToList();
        audit.Read(caller, "roster", exchange, null, people.Count);
        return TypedResults.Ok(people);
    }

    internal static Results<Ok<RosterPerson>, ProblemHttpResult> Person(string exchange, string person, HttpContext context, ParleyStore store, PersonalDataAudit audit)
    {
        if (store.State.Exchanges.GetValueOrDefault(exchange) is not { } x || x.Persons.GetValueOrDefault(person) is not { } p)
        {
            return Problem.NotFound($"there is no person '{person}' in exchange '{exchange}'");
        }
        var caller = context.Caller();
        if (caller.Role == Role.Party && SideOf(caller, x) != p.Side)
        {
            return Problem.Forbidden($"person '{person}' is not on {caller.Party}'s roster");
        }
        audit.Read(caller, "person", exchange, person, 1);
        return TypedResults.Ok(RosterPerson.Of(x, p));
    }

    /// <summary>The side a party officer acts for in an exchange; null for the mediator (both) or a stranger.</summary>
    private static Side? SideOf(Caller caller, Exchange x) =>
        caller.Role != Role.Party ? null
        : caller.Party == x.SideA ? Side.A
        : caller.Party == x.SideB ? Side.B
        : null;
}

/// <summary>A person as a roster reader sees them: status and stage, and the personal details the side submitted (null once erased).</summary>
public sealed record RosterPerson(string Person, string Party, Side Side, int Term, string Status, string? Stage, PersonDetails? Details)
{
    public static RosterPerson Of(Exchange x, Person p) =>
        new(p.Id, x.PartyOf(p.Side), p.Side, p.Term + 1, p.Status.ToWord(), p.StageId, p.Details);
}
