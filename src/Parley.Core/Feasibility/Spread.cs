namespace Parley.Core.Feasibility;

/// <summary>A count across the forecast's runs: its 10th, 50th and 90th percentiles. Immutable.</summary>
public sealed record Spread(int P10, int P50, int P90)
{
    public bool Contains(int value) => value >= P10 && value <= P90;
}
