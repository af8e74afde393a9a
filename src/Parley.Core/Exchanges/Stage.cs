using NodaTime;

namespace Parley.Core.Exchanges;

/// <summary>A handover stage with the number of people planned from each side; immutable.</summary>
public sealed record Stage(string Id, int Number, LocalDate Date, int PlannedA, int PlannedB, StageStatus Status, Instant? ClosedAt)
{
    public int Planned(Side side) => side == Side.A ? PlannedA : PlannedB;
}
