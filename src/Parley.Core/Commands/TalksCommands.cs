using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Talks;

namespace Parley.Core.Commands;

public sealed record RegisterParty(string Code, string PartyName) : Command
{
    public override string Name => "register-party";
}

public sealed record RegisterMediator(string Id, string MediatorName, string? Representative) : Command
{
    public override string Name => "register-mediator";
}

public sealed record ScheduleRound(
    string Id, int Number, string Venue, string City, string Zone, LocalDateTime ScheduledStart, string? Mediator) : Command
{
    public override string Name => "schedule-round";
}

public sealed record AppointDelegate(string Round, string Party, string DelegateName, DelegationRole Role, string? Title) : Command
{
    public override string Name => "appoint-delegate";
}

/// <summary>Starts a round at a local time in the round's own zone (or now, when <see cref="At"/> is null).</summary>
public sealed record StartRound(string Round, LocalDateTime? At) : Command
{
    public override string Name => "start-round";
}

public sealed record ConcludeRound(string Round, LocalDateTime? At) : Command
{
    public override string Name => "conclude-round";
}

public sealed record RecordStatement(
    string Id, string Round, string Speaker, string? Party, LocalDateTime At, string Language, string Quote, Uri Source) : Command
{
    public override string Name => "record-statement";
}

public sealed record RecordAgreement(
    string Id, string Round, string Title, string Text, string? Terms, ImmutableList<string> Signatories) : Command
{
    public override string Name => "record-agreement";
}
