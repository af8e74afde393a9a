namespace Parley.Matching.Reconciliation;

/// <summary>
/// The one-to-one evidence of a candidate pair that has no rival: the bits to add to its weight because each record is
/// one person at most once. The Fellegi–Sunter prior λ is the chance that a pair drawn at random is a match; but a
/// record of the right list is matched with probability π (the lists' overlap) to one of the left records, so, weighing
/// it against all its candidates at once, the odds of its pair with <c>l</c> are 2^w(l) / ((1 − π) + Σ 2^w(other
/// candidates)) — the one-to-one posterior of Sadinle (2017, JASA 112:518) with the non-candidates' weights taken as
/// nil. Where the record has no other candidate, that lifts a weak pair by log2 1 / (1 − π) bits: a pair that is each
/// record's only candidate is likelier than the random-pair prior says (the reliability tables were under-confident
/// below 0.5 on every generator). The lift is taken from both records' sides, the smaller of the two, and never below
/// nil: a rival lowers it to nothing but does not push the pair down, because the assignment already holds a match
/// with a close rival at review and a person listed twice has two candidates that are no rivals.
/// </summary>
internal static class Uncontested
{
    /// <summary>
    /// The least share of records with no partner assumed, whatever the overlap: a list that seems wholly inside the
    /// other still holds people blocking or a clerk lost, so the lift stays at most log2 1 / 0.1 ≈ 3.3 bits.
    /// </summary>
    public const double LeastUnpairedShare = 0.1;

    /// <summary>A weight beyond which 2^w is capped when summed, so a rival's share is not lost to rounding.</summary>
    private const double CapBits = 40;

    /// <summary>
    /// The lift of each of <paramref name="count"/> pairs (<paramref name="left"/>, <paramref name="right"/> and
    /// <paramref name="weight"/> give pair k) between records indexed below <paramref name="leftCount"/> and
    /// <paramref name="rightCount"/>, where an expected <paramref name="leftPaired"/> share of the left records and
    /// <paramref name="rightPaired"/> of the right ones have a partner.
    /// </summary>
    public static double[] Bits(int count, Func<int, int> left, Func<int, int> right, Func<int, double> weight, int leftCount, int rightCount, double leftPaired, double rightPaired)
    {
        var leftSum = new double[leftCount];
        var rightSum = new double[rightCount];
        var odds = new double[count];
        for (var k = 0; k < count; k++)
        {
            odds[k] = Math.Pow(2, Math.Min(CapBits, weight(k)));
            leftSum[left(k)] += odds[k];
            rightSum[right(k)] += odds[k];
        }
        var leftUnpaired = Math.Max(LeastUnpairedShare, 1 - leftPaired);
        var rightUnpaired = Math.Max(LeastUnpairedShare, 1 - rightPaired);
        var bits = new double[count];
        for (var k = 0; k < count; k++)
        {
            var leftOthers = Math.Max(0, leftSum[left(k)] - odds[k]);
            var rightOthers = Math.Max(0, rightSum[right(k)] - odds[k]);
            var lift = Math.Min(-Math.Log2(leftUnpaired + leftOthers), -Math.Log2(rightUnpaired + rightOthers));
            bits[k] = Math.Max(0, lift);
        }
        return bits;
    }
}
