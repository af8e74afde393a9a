namespace Parley.Matching.Reconciliation;

/// <summary>
/// How many candidate pairs fell at each match weight, in one-bit bins from <see cref="Min"/> to
/// <see cref="Max"/> (weights outside go to the end bins). Built by a reconciliation; immutable after.
/// </summary>
public sealed class ScoreHistogram
{
    /// <summary>The lowest bin's lower edge, in bits.</summary>
    public const int Min = -40;

    /// <summary>The highest bin's upper edge, in bits.</summary>
    public const int Max = 40;

    private readonly long[] _counts = new long[Max - Min];

    /// <summary>The count in each bin; bin i covers [Min + i, Min + i + 1).</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>The total number of pairs counted.</summary>
    public long Total => _counts.Sum();

    internal static int Bin(double weight) => Math.Clamp((int)Math.Floor(weight) - Min, 0, Max - Min - 1);

    internal void Add(long[] counts)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += counts[i];
        }
    }

    internal static long[] NewCounts() => new long[Max - Min];
}
