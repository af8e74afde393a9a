using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>
/// When something happens across the forecast's runs: the 10th, 50th and 90th percentile dates. A null date means
/// not within the forecast's horizon (in at least that share of runs it never happened); <see cref="ShareNever"/> is the
/// share of runs in which it never did. Immutable.
/// </summary>
public sealed record DateRange(LocalDate? P10, LocalDate? P50, LocalDate? P90, double ShareNever)
{
    /// <summary>Whether a date lies within [P10, P90]; a missing P90 is an open end.</summary>
    public bool Contains(LocalDate date) => P10 is { } low && date >= low && (P90 is not { } high || date <= high);
}
