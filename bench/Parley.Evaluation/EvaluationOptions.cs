namespace Parley.Evaluation;

/// <summary>What to generate. The same options always give the same lists, byte for byte.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Distinct people; each is on the left list, the right list or both.</summary>
    public int People { get; init; } = 1_000;

    public ulong Seed { get; init; } = 1;

    public EvaluationProfile Profile { get; init; } = EvaluationProfile.Standard;

    /// <summary>The share of people on both lists (the truth pairs).</summary>
    public double BothShare { get; init; } = 0.70;

    /// <summary>The share on the left list only; the rest are on the right only.</summary>
    public double LeftOnlyShare { get; init; } = 0.15;

    /// <summary>The share of truth pairs whose classes are chosen for coverage rather than at natural rates.</summary>
    public double CoverageShare { get; init; } = 0.60;

    public double NamesakeRate { get; init; } = 0.04;

    public double SiblingRate { get; init; } = 0.035;

    public double TwinRate { get; init; } = 0.005;

    /// <summary>The share of people written twice in one list (three times in the triplicates profile).</summary>
    public double DuplicateRate { get; init; } = 0.015;

    public double TriplicateRate { get; init; } = 0.25;

    public void Validate()
    {
        if (People is < 1 or > 20_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(People), People, "people must be between 1 and 20,000,000");
        }

        double[] shares = [BothShare, LeftOnlyShare, CoverageShare, NamesakeRate, SiblingRate, TwinRate, DuplicateRate, TriplicateRate];
        if (shares.Any(share => share is < 0 or > 1) || BothShare + LeftOnlyShare > 1
            || NamesakeRate + SiblingRate + TwinRate > 0.5)
        {
            throw new ArgumentException("shares and rates must be between 0 and 1, and both + left-only at most 1");
        }
    }
}
