namespace Parley.Core.Feasibility;

/// <summary>One rate the forecast runs on, what it is, and the assumption behind it, in words. Immutable.</summary>
/// <param name="Name">What it measures: "verification, side A (RU)", "handover per stage", "days between stages".</param>
/// <param name="Value">Its value or range: "600 a day", "390 a stage", "1 to 7 days".</param>
/// <param name="Assumption">Where it comes from and what is assumed of it.</param>
/// <param name="Source">Observed, assumed, overridden, planned or not needed.</param>
public sealed record ForecastRate(string Name, string Value, string Assumption, RateSource Source);
