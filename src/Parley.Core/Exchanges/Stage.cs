using NodaTime;

namespace Parley.Core.Exchanges;

/// <summary>
/// A handover stage with the number of people planned from each side, and how many of each side declined to return
/// after being scheduled into it (their right; the parity check says so when it is why a stage is short). Immutable.
/// </summary>
public sealed record Stage(string Id, int Number, LocalDate Date, int PlannedA, int PlannedB, StageStatus Status, Instant? ClosedAt)
{
    public int DeclinedA { get; init; }

    public int DeclinedB { get; init; }

    public int Planned(Side side) => side == Side.A ? PlannedA : PlannedB;

    public int Declined(Side side) => side == Side.A ? DeclinedA : DeclinedB;

    public Stage WithDecline(Side side) =>
        side == Side.A ? this with { DeclinedA = DeclinedA + 1 } : this with { DeclinedB = DeclinedB + 1 };
}
