namespace Parley.Matching.Reconciliation;

/// <summary>
/// How a reconciliation runs: the <see cref="Thresholds"/>; the share of the shorter list expected to be on the
/// other list too (it sets the prior λ); how many random pairs estimate the u probabilities; the seed. Immutable.
/// </summary>
public sealed record ReconcileOptions
{
    /// <summary>The defaults.</summary>
    public static readonly ReconcileOptions Default = new();

    /// <summary>Decision thresholds.</summary>
    public Thresholds Thresholds { get; init; } = Thresholds.Default;

    /// <summary>The share of the shorter list expected on the other list (0 to 1, exclusive of 0).</summary>
    public double ExpectedOverlap { get; init; } = 0.5;

    /// <summary>Within one list: the share of records expected to have a duplicate.</summary>
    public double ExpectedDuplicates { get; init; } = 0.02;

    /// <summary>Random pairs drawn to estimate u.</summary>
    public int USamples { get; init; } = 100_000;

    /// <summary>The seed of the u sample.</summary>
    public int Seed { get; init; } = 20_26;
}
