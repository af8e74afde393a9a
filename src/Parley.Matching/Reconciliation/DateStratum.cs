using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

/// <summary>
/// How much a pair's dates of birth can say: both records give a full date, at least one gives only part of
/// one, or at least one gives none. The second assignment round estimates its prior separately for each: a
/// fully described record still unmatched after the first round is probably on one list only, while a record
/// that says little is unmatched for want of evidence, not of a counterpart.
/// </summary>
public enum DateStratum
{
    /// <summary>Both records give day, month and year.</summary>
    Full = 0,

    /// <summary>Both give a year, at least one no more than part of the date.</summary>
    Partial = 1,

    /// <summary>At least one gives no year.</summary>
    Missing = 2,
}

/// <summary>Classifies records and pairs into <see cref="DateStratum"/>s.</summary>
public static class DateStrata
{
    /// <summary>The number of strata.</summary>
    public const int Count = 3;

    /// <summary>The stratum of a single record (Full, Partial or Missing).</summary>
    public static DateStratum Of(PreparedRecord record) => record.DateOfBirth switch
    {
        { IsComplete: true } => DateStratum.Full,
        { Year: not null } => DateStratum.Partial,
        _ => DateStratum.Missing,
    };

    /// <summary>The stratum of a pair: the less informative of its two records.</summary>
    public static DateStratum Of(PreparedRecord left, PreparedRecord right) => (DateStratum)Math.Max((int)Of(left), (int)Of(right));

    /// <summary>How many pairs of the two lists fall in each stratum.</summary>
    public static double[] PairCounts(IReadOnlyList<PreparedRecord> left, IReadOnlyList<PreparedRecord> right)
    {
        double[] l = new double[Count], r = new double[Count];
        foreach (var x in left)
        {
            l[(int)Of(x)]++;
        }
        foreach (var x in right)
        {
            r[(int)Of(x)]++;
        }
        var full = l[0] * r[0];
        var atLeastYear = (l[0] + l[1]) * (r[0] + r[1]);
        var all = (double)left.Count * right.Count;
        return [full, atLeastYear - full, all - atLeastYear];
    }
}
