using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Talks;

namespace Parley.Core.Events;

// The talks record: all of it public (officials in public roles only).

public sealed record PartyRegistered(string Code, string Name) : DomainEvent
{
    public override string Type => "party.registered";
}

public sealed record MediatorRegistered(string Id, string Name, string? Representative) : DomainEvent
{
    public override string Type => "mediator.registered";
}

public sealed record RoundScheduled(
    string Id, int Number, string Venue, string City, string Zone, Instant ScheduledStart, string? Mediator) : DomainEvent
{
    public override string Type => "round.scheduled";
}

public sealed record DelegateAppointed(string Round, string Party, string Name, DelegationRole Role, string? Title) : DomainEvent
{
    public override string Type => "delegate.appointed";
}

public sealed record RoundStarted(string Round, Instant At) : DomainEvent
{
    public override string Type => "round.started";
}

public sealed record RoundConcluded(string Round, Instant At) : DomainEvent
{
    public override string Type => "round.concluded";
}

public sealed record StatementRecorded(
    string Id, string Round, string Speaker, string? Party, Instant At, string Language, string Quote, string Source) : DomainEvent
{
    public override string Type => "statement.recorded";
}

public sealed record AgreementReached(
    string Id, string Round, string Title, string Text, string? Terms, ImmutableList<string> Signatories) : DomainEvent
{
    public override string Type => "agreement.reached";
}
