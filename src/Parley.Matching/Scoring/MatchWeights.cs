namespace Parley.Matching.Scoring;

/// <summary>
/// Fellegi–Sunter match weights (Fellegi and Sunter 1969, "A Theory for Record Linkage"; as Splink
/// presents them): for each level, <c>log2(m / u)</c>, where m is the chance a true match shows the level
/// and u the chance a non-match does; and the prior, <c>log2(λ / (1 − λ))</c>, where λ is the chance that a
/// pair drawn at random is a match. A pair's match weight is the prior plus its levels' weights; its match
/// probability is <c>2^w / (1 + 2^w)</c>. Immutable.
/// </summary>
public sealed class MatchWeights
{
    private readonly double[][] _u;
    private readonly double[][] _m;
    private readonly double[][] _weights;

    /// <summary>Weights from the documented m priors and the given u probabilities (indexed [field][level]).</summary>
    public MatchWeights(double[][] u, double priorMatchProbability)
        : this([.. Enum.GetValues<Field>().Select(f => ComparisonLevels.Of(f).Select(l => l.M).ToArray())], u, priorMatchProbability)
    {
    }

    /// <summary>Weights from m and u probabilities (each indexed [field][level]).</summary>
    public MatchWeights(double[][] m, double[][] u, double priorMatchProbability)
    {
        Preconditions.CheckNotNull(m, nameof(m));
        Preconditions.CheckNotNull(u, nameof(u));
        if (u.Length != ComparisonLevels.FieldCount)
        {
            throw new ArgumentException($"u must have one row per field ({ComparisonLevels.FieldCount}); got {u.Length}.", nameof(u));
        }
        if (!(priorMatchProbability > 0 && priorMatchProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(priorMatchProbability), priorMatchProbability, "priorMatchProbability must be strictly between 0 and 1.");
        }
        if (m.Length != u.Length)
        {
            throw new ArgumentException($"m must have one row per field ({ComparisonLevels.FieldCount}); got {m.Length}.", nameof(m));
        }
        _u = u;
        _m = m;
        _weights = new double[u.Length][];
        foreach (var field in Enum.GetValues<Field>())
        {
            var levels = ComparisonLevels.Of(field);
            if (u[(int)field].Length != levels.Count)
            {
                throw new ArgumentException($"u[{field}] must have {levels.Count} levels; got {u[(int)field].Length}.", nameof(u));
            }
            if (m[(int)field].Length != levels.Count)
            {
                throw new ArgumentException($"m[{field}] must have {levels.Count} levels; got {m[(int)field].Length}.", nameof(m));
            }
            _weights[(int)field] = [.. levels.Select(l => l.IsMissing ? 0 : Math.Log2(m[(int)field][l.Index] / u[(int)field][l.Index]))];
        }
        PriorMatchProbability = priorMatchProbability;
        PriorWeight = Math.Log2(priorMatchProbability / (1 - priorMatchProbability));
    }

    /// <summary>The same m and u with another prior weight (log2 odds of λ).</summary>
    public MatchWeights WithPrior(double priorWeight) => new(_m, _u, 1 / (1 + Math.Pow(2, -priorWeight)));

    /// <summary>λ: the chance that a random pair is a match.</summary>
    public double PriorMatchProbability { get; }

    /// <summary>log2(λ / (1 − λ)).</summary>
    public double PriorWeight { get; }

    /// <summary>A copy of every field's m probabilities, indexed [field][level].</summary>
    public double[][] AllM() => [.. _m.Select(row => row.ToArray())];

    /// <summary>The m probability of a level.</summary>
    public double M(Field field, int level) => _m[(int)field][level];

    /// <summary>The u probability of a level.</summary>
    public double U(Field field, int level) => _u[(int)field][level];

    /// <summary>The weight, log2(m / u), of a level (0 for missing).</summary>
    public double Weight(Field field, int level) => _weights[(int)field][level];

    /// <summary>The pair's match weight: the prior plus every field's level weight.</summary>
    public double Total(ComparisonVector vector)
    {
        var sum = PriorWeight;
        var packed = vector.Packed;
        for (var f = 0; f < ComparisonLevels.FieldCount; f++)
        {
            sum += _weights[f][(int)(packed & ComparisonVector.FieldMask)];
            packed >>= ComparisonVector.BitsPerField;
        }
        return sum;
    }

    /// <summary>
    /// True if the vector clashes on a strong identifier — a level marked <see cref="ComparisonLevel.HoldsAtReview"/>,
    /// the service number given on both sides and different — so that a human should look whatever the weight. No
    /// weak field (a date, a name) ever holds a pair back: its level only weighs.
    /// </summary>
    public static bool HoldsAtReview(ComparisonVector vector)
    {
        var packed = vector.Packed;
        for (var f = 0; f < ComparisonLevels.FieldCount; f++)
        {
            if (ComparisonLevels.Get((Field)f, (int)(packed & ComparisonVector.FieldMask)).HoldsAtReview)
            {
                return true;
            }
            packed >>= ComparisonVector.BitsPerField;
        }
        return false;
    }

    /// <summary>The match weight, log2(p / (1 − p)), of a probability.</summary>
    public static double Logit(double probability) => Math.Log2(probability / (1 - probability));

    /// <summary>The probability, 2^w / (1 + 2^w), of a match weight.</summary>
    public static double Probability(double matchWeight) => 1 / (1 + Math.Pow(2, -matchWeight));
}
