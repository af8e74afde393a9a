using NodaTime;
using Parley.Core.Exchanges;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// The exchange engine. Events about people carry an opaque id in public; names, dates of birth, categories and
// reasons are in their IPersonalData property, the private part.

/// <remarks><see cref="At"/>: when it was opened, if recorded after the fact (older logs and live commands: null, the time it was logged).</remarks>
[WireName("exchange.opened"), LiveEntry]
public sealed record ExchangeOpened(string Exchange, string Agreement, string SideA, string SideB, Instant? At = null) : DomainEvent, IExchangeEvent;

/// <remarks><see cref="At"/>: when it was planned, if recorded after the fact (else null: the time it was logged).</remarks>
[WireName("stage.planned"), LiveEntry]
public sealed record StagePlanned(string Exchange, string Stage, int Number, LocalDate Date, int PlannedA, int PlannedB, Instant? At = null) : DomainEvent, IExchangeEvent;

[WireName("stage.closed"), LiveEntry(Key = true)]
public sealed record StageClosed(string Exchange, string Stage, Instant At, int ReleasedA, int ReleasedB) : DomainEvent, IExchangeEvent;

[WireName("stage.cancelled")]
public sealed record StageCancelled(string Exchange, string Stage, Instant At) : DomainEvent, IExchangeEvent;

[WireName("exchange.fulfilled"), LiveEntry(Key = true)]
public sealed record ExchangeFulfilled(string Exchange, Instant At, int ReleasedA, int ReleasedB) : DomainEvent, IExchangeEvent;

/// <summary>
/// The private parts (and their salts) of every earlier event of <see cref="Exchange"/> were erased: the lists'
/// personal data of <see cref="People"/> entries, interview notes, reasons and signed submission texts. The public parts
/// and the commitments stay in the record, so it still verifies and its counts stay the same. <see cref="Forced"/>:
/// erased before the exchange was fulfilled, for <see cref="Reason"/>. Not a live entry: the broadcast does not change.
/// </summary>
[WireName("exchange.erased")]
public sealed record ExchangeErased(string Exchange, int People, bool Forced, string? Reason, Instant At) : DomainEvent, IExchangeEvent;

/// <summary>
/// An entry on the holding side's offer list: a person held by <see cref="Side"/> whom it proposes to release, going
/// home to the other side. (Logs written before request lists existed call a side's roster this, which is exactly
/// that side's offer list.)
/// </summary>
[WireName("person.listed")]
public sealed record PersonListed(string Exchange, string Person, Side Side, int Term, PersonDetails Details) : DomainEvent, IExchangeEvent;

[WireName("person.amended")]
public sealed record PersonAmended(string Exchange, string Person, int Term, PersonDetails Details) : DomainEvent, IExchangeEvent;

/// <summary>
/// A person moved along the lifecycle. <see cref="Stage"/> is the stage the person is in afterwards (scheduled,
/// released...) or was taken out of; <see cref="Note"/> is an optional private reason.
/// </summary>
[WireName("person.", VariesBy = nameof(To))]
public sealed record PersonMoved(string Exchange, string Person, PersonStatus To, string? Stage, Instant At, PrivateNote? Note) : DomainEvent, IExchangeEvent;
