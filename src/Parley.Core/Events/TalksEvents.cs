using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Talks;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// The talks record: all of it public (officials in public roles only).

[WireName("party.registered")]
public sealed record PartyRegistered(string Code, string Name) : DomainEvent;

[WireName("mediator.registered")]
public sealed record MediatorRegistered(string Id, string Name, string? Representative) : DomainEvent;

[WireName("round.scheduled"), LiveEntry]
public sealed record RoundScheduled(
    string Id, int Number, string Venue, string City, string Zone, Instant ScheduledStart, string? Mediator, Instant? At = null) : DomainEvent;

[WireName("delegate.appointed")]
public sealed record DelegateAppointed(string Round, string Party, string Name, DelegationRole Role, string? Title) : DomainEvent;

[WireName("round.started"), LiveEntry(Key = true)]
public sealed record RoundStarted(string Round, Instant At) : DomainEvent;

[WireName("round.concluded"), LiveEntry(Key = true)]
public sealed record RoundConcluded(string Round, Instant At) : DomainEvent;

/// <summary>
/// A statement. <see cref="Source"/> is its first source's address (all an older log has); <see cref="Sources"/> and
/// <see cref="Translations"/> are absent in older logs, so their bytes are unchanged. <see cref="Quote"/> is absent when only
/// translations of the words are known.
/// </summary>
[WireName("statement.recorded"), LiveEntry]
public sealed record StatementRecorded(
    string Id, string Round, string Speaker, string? Party, Instant At, string Language, string? Quote, string Source,
    ImmutableList<StatementSource>? Sources = null, ImmutableList<Translation>? Translations = null) : DomainEvent;

[WireName("agreement.reached"), LiveEntry(Key = true)]
public sealed record AgreementReached(
    string Id, string Round, string Title, string Text, string? Terms, ImmutableList<string> Signatories) : DomainEvent;

/// <summary>A correction or retraction of a statement, an agreement or a claim, shown beside the original entry.</summary>
[WireName("record.corrected"), LiveEntry]
public sealed record RecordCorrected(string Id, RecordKind Kind, string Target, string Note, bool Retracts, Instant At) : DomainEvent;
