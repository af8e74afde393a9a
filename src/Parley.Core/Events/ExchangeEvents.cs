using NodaTime;
using Parley.Core.Exchanges;

namespace Parley.Core.Events;

// The exchange engine. Person events carry an opaque person id in public; names, dates of birth, categories and
// reasons are in their IPersonalData property, the private part.

public sealed record ExchangeOpened(string Exchange, string Agreement, string SideA, string SideB) : DomainEvent
{
    public override string Type => "exchange.opened";
}

public sealed record StagePlanned(string Exchange, string Stage, int Number, LocalDate Date, int PlannedA, int PlannedB) : DomainEvent
{
    public override string Type => "stage.planned";
}

public sealed record StageClosed(string Exchange, string Stage, Instant At, int ReleasedA, int ReleasedB) : DomainEvent
{
    public override string Type => "stage.closed";
}

public sealed record StageCancelled(string Exchange, string Stage, Instant At) : DomainEvent
{
    public override string Type => "stage.cancelled";
}

public sealed record ExchangeFulfilled(string Exchange, Instant At, int ReleasedA, int ReleasedB) : DomainEvent
{
    public override string Type => "exchange.fulfilled";
}

public sealed record PersonListed(string Exchange, string Person, Side Side, int Term, PersonDetails Details) : DomainEvent
{
    public override string Type => "person.listed";
}

public sealed record PersonAmended(string Exchange, string Person, int Term, PersonDetails Details) : DomainEvent
{
    public override string Type => "person.amended";
}

/// <summary>
/// A person moved along the lifecycle. <see cref="Stage"/> is the stage the person is in afterwards (scheduled,
/// released...) or was taken out of; <see cref="Note"/> is an optional private reason.
/// </summary>
public sealed record PersonMoved(string Exchange, string Person, PersonStatus To, string? Stage, Instant At, PrivateNote? Note) : DomainEvent
{
    public override string Type => "person." + To.ToWord();
}
