namespace Parley.Matching.Scoring;

/// <summary>
/// Term-frequency adjustments, as in Splink: agreeing on a rare surname says more than agreeing on a common
/// one. For an agreeing surname (exact or phonetic) or given name, the level's weight log2(m/u) becomes
/// log2(m/u_tf), where u_tf is how often that value occurs across both lists; the adjustment,
/// log2(u / u_tf), is bounded to ±<see cref="Bound"/> bits. Immutable after construction.
/// </summary>
public sealed class TermFrequencies
{
    /// <summary>The largest adjustment, in bits, either way.</summary>
    public const double Bound = 4;

    private readonly Dictionary<string, int> _surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _givens = new(StringComparer.Ordinal);
    private readonly double _total;

    /// <summary>Counts surname keys and given names over both lists.</summary>
    public TermFrequencies(IReadOnlyList<PreparedRecord> left, IReadOnlyList<PreparedRecord> right)
    {
        Preconditions.CheckNotNull(left, nameof(left));
        Preconditions.CheckNotNull(right, nameof(right));
        foreach (var r in ReferenceEquals(left, right) ? left : left.Concat(right))
        {
            foreach (var key in r.SurnameKeys)
            {
                _surnames[key] = _surnames.GetValueOrDefault(key) + 1;
            }
            if (r.GivenBlock.Length > 0)
            {
                _givens[r.GivenBlock] = _givens.GetValueOrDefault(r.GivenBlock) + 1;
            }
        }
        _total = Math.Max(1, ReferenceEquals(left, right) ? left.Count : left.Count + right.Count);
    }

    /// <summary>The adjustment, in bits, for the pair's surname and given-name levels (0 where they do not agree).</summary>
    public double Adjustment(PreparedRecord a, PreparedRecord b, ComparisonVector vector, MatchWeights weights)
    {
        return Surname(a, b, vector, weights) + Given(a, vector, weights);
    }

    /// <summary>The surname's share of <see cref="Adjustment"/>.</summary>
    public double Surname(PreparedRecord a, PreparedRecord b, ComparisonVector vector, MatchWeights weights)
    {
        var level = vector[Field.Surname];
        if (level is not (ComparisonLevels.Name.Exact or ComparisonLevels.Name.Phonetic))
        {
            return 0;
        }
        string? agreed = null;
        foreach (var x in a.SurnameKeys)
        {
            if (Array.IndexOf(b.SurnameKeys, x) >= 0)
            {
                agreed = x;
                break;
            }
        }
        agreed ??= a.SurnameKeys.Length > 0 ? a.SurnameKeys[0] : null;
        if (agreed is null || !_surnames.TryGetValue(agreed, out var count))
        {
            return 0;
        }
        var u = weights.U(Field.Surname, ComparisonLevels.Name.Exact) + weights.U(Field.Surname, ComparisonLevels.Name.Phonetic);
        return Bounded(u, count);
    }

    /// <summary>The given name's share of <see cref="Adjustment"/>.</summary>
    public double Given(PreparedRecord a, ComparisonVector vector, MatchWeights weights)
    {
        if (vector[Field.Given] != ComparisonLevels.Given.Same || !_givens.TryGetValue(a.GivenBlock, out var count))
        {
            return 0;
        }
        return Bounded(weights.U(Field.Given, ComparisonLevels.Given.Same), count);
    }

    private double Bounded(double u, int count) =>
        Math.Clamp(Math.Log2(u / Math.Max(count / _total, 1e-9)), -Bound, Bound);
}
