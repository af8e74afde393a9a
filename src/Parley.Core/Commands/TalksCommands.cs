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

[WireName("record-statement"), IssuedBy(ActorRole.Mediator)]
public sealed record RecordStatement(
    string Id, string Round, string Speaker, string? Party, LocalDateTime At, string Language, [Text(TextKind.Multiline)] string Quote, Uri Source) : Command;

[WireName("record-agreement"), IssuedBy(ActorRole.Mediator)]
public sealed record RecordAgreement(
    string Id, string Round, string Title, [Text(TextKind.Multiline)] string Text, string? Terms = null, ImmutableList<string>? Signatories = null) : Command;
