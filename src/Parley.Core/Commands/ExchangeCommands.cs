using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

[WireName("open-exchange"), IssuedBy(ActorRole.Mediator)]
public sealed record OpenExchange(string Id, string Agreement, string SideA, string SideB, Instant? At = null) : Command;

/// <summary>
/// Adds entries to one of a party's lists (<see cref="List"/>): all of them or, if any breaks a rule, none. A party's
/// officer submits its own lists; the mediator may enter a list on a party's behalf.
/// </summary>
[WireName("submit-list"), IssuedBy(ActorRole.Mediator | ActorRole.Party)]
public sealed record SubmitList(string Exchange, string Party, ListKind List, ImmutableList<RosterEntry> Persons) : Command;

/// <summary>Adds entries to side <see cref="Side"/>'s offer list (the form of <see cref="SubmitList"/> that names a side).</summary>
[WireName("list-persons"), IssuedBy(ActorRole.Mediator | ActorRole.Party)]
public sealed record ListPersons(string Exchange, Side Side, ImmutableList<RosterEntry> Persons) : Command;

/// <summary>Replaces the person fields of an entry of any list, before the person is scheduled.</summary>
[WireName("amend-person"), IssuedBy(ActorRole.Mediator | ActorRole.Party)]
public sealed record AmendPerson(
    string Exchange,
    string Person,
    ImmutableList<PersonName> Names,
    LocalDate? Dob = null,
    ImmutableList<string>? Categories = null,
    ImmutableSortedDictionary<string, string>? Identifiers = null) : Command
{
    public static AmendPerson Of(string exchange, string person, PersonDetails details) =>
        new(exchange, person, details.Names, details.DateOfBirth, details.Categories, details.Identifiers);

    public PersonDetails ToDetails() => new RosterEntry(Person, Names, Dob, Categories, Identifiers).ToDetails();
}

/// <summary>
/// Carries requests still outstanding in exchange <see cref="From"/> to the same party's request list in
/// <see cref="To"/> (all of them, or those named), so that nobody asked for is forgotten when a later exchange opens.
/// </summary>
[WireName("carry-requests"), IssuedBy(ActorRole.Mediator | ActorRole.Party)]
public sealed record CarryRequests(string From, string To, string Party, ImmutableList<string>? Requests = null) : Command;

/// <summary>
/// Erases the personal data of an exchange's lists from every store (docs/public-record.md, "Erasure"): once it is
/// fulfilled, or before only with <see cref="Force"/> and a <see cref="Reason"/>, both recorded.
/// </summary>
[WireName("erase-exchange"), IssuedBy(ActorRole.Mediator)]
public sealed record EraseExchange(string Exchange, bool Force = false, [Text(TextKind.Multiline)] string? Reason = null) : Command;

[WireName("plan-stage"), IssuedBy(ActorRole.Mediator)]
public sealed record PlanStage(string Exchange, string Stage, LocalDate Date, int PlannedA, int PlannedB, Instant? At = null) : Command;

/// <summary>Closes a stage; <see cref="At"/> is when it happened (now, when null).</summary>
[WireName("close-stage"), IssuedBy(ActorRole.Mediator)]
public sealed record CloseStage(string Exchange, string Stage, Instant? At = null) : Command;

/// <summary>Calls off an open stage that nobody is in, so a plan that fell through does not hold up fulfilment.</summary>
[WireName("cancel-stage"), IssuedBy(ActorRole.Mediator)]
public sealed record CancelStage(string Exchange, string Stage, Instant? At = null) : Command;

/// <summary>What a <see cref="MovePersons"/> command does to each person it names.</summary>
public enum Movement
{
    /// <summary>The receiving side accepts an offered person it did not request (or the mediator records that it did).</summary>
    Match,
    Verify,
    Schedule,
    Unschedule,
    Release,
    Receive,
    Dispute,
    Decline,
    Withdraw,
    RecordDeath,
}

/// <summary>
/// Moves people along the lifecycle; <see cref="Stage"/> is required to schedule and elsewhere, when given, must be the
/// stage the person is in; <see cref="At"/> is when it happened (now, when null). Who may move whom depends on the
/// movement (docs/commands.md, "Who may").
/// </summary>
[WireName("", VariesBy = nameof(Movement)), IssuedBy(ActorRole.Mediator | ActorRole.Party | ActorRole.Verifier)]
public sealed record MovePersons(string Exchange, Movement Movement, ImmutableList<string> Persons, string? Stage = null, [Text(TextKind.Multiline)] string? Note = null, Instant? At = null) : Command;
