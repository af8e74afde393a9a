namespace Parley.Matching.Scoring;

/// <summary>
/// Term-frequency adjustments, as in Splink: agreeing on a rare surname says more than agreeing on a common
/// one. For an agreeing surname, given name or patronymic, the level's weight log2(m/u) becomes
/// log2(m/u_tf), where u_tf is how often that value occurs across both lists; the adjustment,
/// log2(u / u_tf), is bounded to ±<see cref="Bound"/> bits. Immutable after construction.
/// </summary>
public sealed class TermFrequencies
{
    /// <summary>The largest adjustment, in bits, either way.</summary>
    public const double Bound = 4;

    private readonly Dictionary<string, int> _surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _surnameSpellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _givens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fathers = new(StringComparer.Ordinal);
    private readonly double _total;

    /// <summary>Counts surname keys, given names and patronymics (by the father's name) over both lists.</summary>
    public TermFrequencies(IReadOnlyList<PreparedRecord> left, IReadOnlyList<PreparedRecord> right)
    {
        Preconditions.CheckNotNull(left, nameof(left));
        Preconditions.CheckNotNull(right, nameof(right));
        foreach (var r in ReferenceEquals(left, right) ? left : left.Concat(right))
        {
            foreach (var key in r.Surname.Keys)
            {
                _surnames[key] = _surnames.GetValueOrDefault(key) + 1;
            }
            if (r.Surname.Transliterated.Length > 0)
            {
                _surnameSpellings[r.Surname.Transliterated] = _surnameSpellings.GetValueOrDefault(r.Surname.Transliterated) + 1;
            }
            if (r.GivenTerm.Length > 0)
            {
                _givens[r.GivenTerm] = _givens.GetValueOrDefault(r.GivenTerm) + 1;
            }
            if (r.PatronymicTerm.Length > 0)
            {
                _fathers[r.PatronymicTerm] = _fathers.GetValueOrDefault(r.PatronymicTerm) + 1;
            }
        }
        _total = Math.Max(1, ReferenceEquals(left, right) ? left.Count : left.Count + right.Count);
    }

    /// <summary>The adjustment, in bits, for the pair's name levels (0 where they do not agree).</summary>
    public double Adjustment(PreparedRecord a, PreparedRecord b, ComparisonVector vector, MatchWeights weights)
    {
        return Surname(a, b, vector, weights) + Given(a, vector, weights) + Patronymic(a, vector, weights);
    }

    /// <summary>The surname's share of <see cref="Adjustment"/>.</summary>
    public double Surname(PreparedRecord a, PreparedRecord b, ComparisonVector vector, MatchWeights weights)
    {
        var level = vector[Field.Surname];
        if (level is not (ComparisonLevels.Surname.Exact or ComparisonLevels.Surname.Transliterated or ComparisonLevels.Surname.Phonetic))
        {
            return 0;
        }
        var u = weights.U(Field.Surname, ComparisonLevels.Surname.Exact) + weights.U(Field.Surname, ComparisonLevels.Surname.Transliterated)
            + weights.U(Field.Surname, ComparisonLevels.Surname.Phonetic);
        // Spelt alike, the surname is counted by its transliteration key: the phonetic key, without vowels, would count
        // Марущак with Марчук and make both look common.
        if (level is ComparisonLevels.Surname.Exact or ComparisonLevels.Surname.Transliterated
            && a.Surname.Transliterated == b.Surname.Transliterated
            && _surnameSpellings.TryGetValue(a.Surname.Transliterated, out var spelt))
        {
            return Bounded(u, spelt);
        }
        string? agreed = null;
        foreach (var x in a.Surname.Keys)
        {
            if (Array.IndexOf(b.Surname.Keys, x) >= 0)
            {
                agreed = x;
                break;
            }
        }
        agreed ??= a.Surname.Keys.Length > 0 ? a.Surname.Keys[0] : null;
        if (agreed is null || !_surnames.TryGetValue(agreed, out var count))
        {
            return 0;
        }
        return Bounded(u, count);
    }

    /// <summary>The given name's share of <see cref="Adjustment"/>.</summary>
    public double Given(PreparedRecord a, ComparisonVector vector, MatchWeights weights)
    {
        if (vector[Field.Given] is not (ComparisonLevels.Given.Exact or ComparisonLevels.Given.Transliterated or ComparisonLevels.Given.SameName)
            || !_givens.TryGetValue(a.GivenTerm, out var count))
        {
            return 0;
        }
        var u = weights.U(Field.Given, ComparisonLevels.Given.Exact) + weights.U(Field.Given, ComparisonLevels.Given.Transliterated)
            + weights.U(Field.Given, ComparisonLevels.Given.SameName);
        return Bounded(u, count);
    }

    /// <summary>The patronymic's share of <see cref="Adjustment"/>.</summary>
    public double Patronymic(PreparedRecord a, ComparisonVector vector, MatchWeights weights)
    {
        if (vector[Field.Patronymic] is not (ComparisonLevels.Patronymic.Exact or ComparisonLevels.Patronymic.Same)
            || !_fathers.TryGetValue(a.PatronymicTerm, out var count))
        {
            return 0;
        }
        var u = weights.U(Field.Patronymic, ComparisonLevels.Patronymic.Exact) + weights.U(Field.Patronymic, ComparisonLevels.Patronymic.Same);
        return Bounded(u, count);
    }

    private double Bounded(double u, int count) =>
        Math.Clamp(Math.Log2(u / Math.Max(count / _total, 1e-9)), -Bound, Bound);
}
