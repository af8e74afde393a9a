using System.Collections.Immutable;
using NodaTime;
using Parley.Core;
using Parley.Core.Exchanges;
using Parley.Core.Talks;

namespace Parley.Store.Domain;

/// <summary>A round as the read model keeps it: the zone by id, delegations by party.</summary>
public sealed record RoundDocument(
    string Id, int Number, string Venue, string City, string Zone, Instant ScheduledStart, string? Mediator, string Status,
    Instant? ActualStart, Instant? End, ImmutableSortedDictionary<string, ImmutableList<DelegationMember>> Delegations)
{
    public static RoundDocument Of(Round r) => new(r.Id, r.Number, r.Venue, r.City, r.Zone.Id, r.ScheduledStart, r.MediatorId,
        r.Status.ToString().ToLowerInvariant(), r.ActualStart, r.End,
        r.Delegations.ToImmutableSortedDictionary(StringComparer.Ordinal));
}

public sealed record AgreementDocument(string Id, string Round, string Title, string Text, string? Terms, ImmutableList<string> Signatories)
{
    public static AgreementDocument Of(Agreement a) => new(a.Id, a.RoundId, a.Title, a.Text, a.Terms?.ToString(), a.Signatories);
}

/// <summary>
/// A list entry's place in an exchange, without personal data: an offered person (list "offer") or a request (list
/// "request"); <see cref="Side"/> is the holding side of its direction, <see cref="Term"/> 1-based (null: no term).
/// </summary>
public sealed record PersonDocument(string Exchange, string Person, string List, Side Side, int? Term, string Status, string? Stage)
{
    public static PersonDocument Of(string exchange, Person p) =>
        new(exchange, p.Id, "offer", p.Side, p.Term + 1, p.Status.ToWord(), p.StageId);

    public static PersonDocument Of(string exchange, Request r) =>
        new(exchange, r.Id, "request", r.Side, r.Term + 1, r.Status.ToWord(), null);
}
