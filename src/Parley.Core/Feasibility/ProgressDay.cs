using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>
/// Where everyone on an exchange's lists stood at the end of a day (in the venue's zone), per side: the points of the
/// chart of progress by status over time. Counts only. Immutable.
/// </summary>
public sealed record ProgressDay(LocalDate Date, StatusCounts A, StatusCounts B)
{
    public StatusCounts Of(Side side) => side == Side.A ? A : B;
}
