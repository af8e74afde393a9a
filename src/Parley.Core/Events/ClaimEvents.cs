using NodaTime;
using Parley.Core.Claims;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// Claims: what a party or an official announced about an exchange, recorded to be held against the record (public by nature).

/// <summary>
/// A public claim about one figure of an exchange, as announced at <see cref="At"/> by <see cref="Claimant"/> and
/// reported at <see cref="Source"/>: "released by <see cref="Holder"/> in stage <see cref="Stage"/>: <see cref="Value"/>".
/// </summary>
[WireName("claim.recorded"), LiveEntry]
public sealed record ClaimRecorded(
    string Id, string Exchange, string Claimant, string Holder, ClaimFigure Figure, string? Stage, int Value, string Source, Instant At,
    bool? NamesConfirmed = null)
    : DomainEvent, IExchangeEvent;
