using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Rules;
using Parley.Core.Talks;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

[WireName("register-party"), IssuedBy(ActorRole.Mediator)]
public sealed record RegisterParty(string Code, [property: WireField("name")] string PartyName) : Command;

[WireName("register-mediator"), IssuedBy(ActorRole.Mediator)]
public sealed record RegisterMediator(string Id, [property: WireField("name")] string MediatorName, string? Representative = null) : Command;

[WireName("schedule-round"), IssuedBy(ActorRole.Mediator)]
public sealed record ScheduleRound(
    string Id, int Number, string Venue, string City, string Zone, LocalDateTime ScheduledStart, string? Mediator = null, Instant? At = null) : Command;

[WireName("appoint-delegate"), IssuedBy(ActorRole.Mediator)]
public sealed record AppointDelegate(string Round, string Party, [property: WireField("name")] string DelegateName, DelegationRole Role, string? Title = null) : Command;

/// <summary>Starts a round at a local time in the round's own zone (or now, when <see cref="At"/> is null).</summary>
[WireName("start-round"), IssuedBy(ActorRole.Mediator)]
public sealed record StartRound(string Round, LocalDateTime? At = null) : Command;

[WireName("conclude-round"), IssuedBy(ActorRole.Mediator)]
public sealed record ConcludeRound(string Round, LocalDateTime? At = null) : Command;

/// <summary>
/// Records a public statement: <see cref="Quote"/> as said, in <see cref="Language"/> (the language it was said in), with
/// one or more <see cref="Sources"/> (or one address in <see cref="Source"/>, its outlet then being the address's host),
/// and optionally <see cref="Translations"/> into other languages, marked as such. Where only a translation of the words
/// is known (a report in another language), <see cref="Quote"/> is left out and the translations give them, still marked.
/// </summary>
[WireName("record-statement"), IssuedBy(ActorRole.Mediator)]
public sealed record RecordStatement(
    string Id, string Round, string Speaker, string? Party, LocalDateTime At, string Language, [Text(TextKind.Multiline)] string? Quote,
    Uri? Source = null, ImmutableList<StatementSource>? Sources = null, ImmutableList<Translation>? Translations = null) : Command;

[WireName("record-agreement"), IssuedBy(ActorRole.Mediator)]
public sealed record RecordAgreement(
    string Id, string Round, string Title, [Text(TextKind.Multiline)] string Text, string? Terms = null, ImmutableList<string>? Signatories = null) : Command;

/// <summary>
/// Corrects, or with <see cref="Retracts"/> retracts, an entry of the talks record (<see cref="Kind"/> and
/// <see cref="Target"/> name it): a new entry shown beside the original, never a silent edit. <see cref="At"/> is when
/// the correction was made (now if absent).
/// </summary>
[WireName("correct-record"), IssuedBy(ActorRole.Mediator | ActorRole.Press)]
public sealed record CorrectRecord(
    string Id, RecordKind Kind, string Target, [Text(TextKind.Multiline)] string Note, bool Retracts = false, Instant? At = null) : Command;
