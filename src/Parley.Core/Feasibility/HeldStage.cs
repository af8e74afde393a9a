using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>A stage that has been carried out and closed: its date and how many each side released in it. Immutable.</summary>
public sealed record HeldStage(string Id, LocalDate Date, Instant ClosedAt, int ReleasedA, int ReleasedB)
{
    /// <summary>How many the handover carried from one side: the larger of the two (a balanced stage has both equal).</summary>
    public int Size => Math.Max(ReleasedA, ReleasedB);
}
