namespace Parley.Core.Feasibility;

/// <summary>
/// A stage still to come: its number in the exchange, the share of runs that need it, and when it falls in those runs.
/// Immutable.
/// </summary>
public sealed record StageOutlook(int Number, double Share, DateRange Dates);
