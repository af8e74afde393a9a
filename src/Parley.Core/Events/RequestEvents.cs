using NodaTime;
using Parley.Core.Exchanges;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// Request lists: the people the receiving party asks back, as it writes them. A request is in the direction whose
// holding side is Side (the other side asked for it).

/// <summary>
/// An entry on a request list. <see cref="Term"/> is the term whose categories cover it, or null when none does (a
/// request may ask for anyone); <see cref="CarriedFrom"/> names the request of an earlier exchange it carries on.
/// </summary>
[WireName("request.listed")]
public sealed record RequestListed(string Exchange, string Request, Side Side, int? Term, string? CarriedFrom, PersonDetails Details) : DomainEvent, IExchangeEvent;

[WireName("request.amended")]
public sealed record RequestAmended(string Exchange, string Request, int? Term, PersonDetails Details) : DomainEvent, IExchangeEvent;

/// <summary>A request changed status (matched to an offered person, back to requested, withdrawn, carried to a later exchange).</summary>
[WireName("request.", VariesBy = nameof(To))]
public sealed record RequestMoved(string Exchange, string Request, RequestStatus To, Instant At, PrivateNote? Note) : DomainEvent, IExchangeEvent;
