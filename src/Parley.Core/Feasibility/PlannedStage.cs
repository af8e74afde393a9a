using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>A stage planned and still open: the forecast holds it on its date, with the numbers planned. Immutable.</summary>
public sealed record PlannedStage(string Id, LocalDate Date, int PlannedA, int PlannedB)
{
    public int Planned(Side side) => side == Side.A ? PlannedA : PlannedB;
}
