using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Exchanges;

namespace Parley.Core.Commands;

public sealed record OpenExchange(string Id, string Agreement, string SideA, string SideB) : Command
{
    public override string Name => "open-exchange";
}

/// <summary>One roster entry as a side submits it.</summary>
public sealed record RosterEntry(string Person, PersonDetails Details);

/// <summary>Adds entries to one side's roster: all of them or, if any breaks a rule, none.</summary>
public sealed record ListPersons(string Exchange, Side Side, ImmutableList<RosterEntry> Entries) : Command
{
    public override string Name => "list-persons";
}

public sealed record AmendPerson(string Exchange, string Person, PersonDetails Details) : Command
{
    public override string Name => "amend-person";
}

public sealed record PlanStage(string Exchange, string Stage, LocalDate Date, int PlannedA, int PlannedB) : Command
{
    public override string Name => "plan-stage";
}

/// <summary>Closes a stage; <see cref="At"/> is when it happened (now, when null).</summary>
public sealed record CloseStage(string Exchange, string Stage, Instant? At = null) : Command
{
    public override string Name => "close-stage";
}

/// <summary>Calls off an open stage that nobody is in, so a plan that fell through does not hold up fulfilment.</summary>
public sealed record CancelStage(string Exchange, string Stage, Instant? At = null) : Command
{
    public override string Name => "cancel-stage";
}

/// <summary>What a <see cref="MovePersons"/> command does to each person it names.</summary>
public enum Movement
{
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
/// stage the person is in; <see cref="At"/> is when it happened (now, when null).
/// </summary>
public sealed record MovePersons(string Exchange, Movement Movement, ImmutableList<string> Persons, string? Stage, string? Note, Instant? At = null) : Command
{
    public override string Name => Movement switch
    {
        Movement.RecordDeath => "record-death",
        var m => m.ToString().ToLowerInvariant(),
    };
}
