using Parley.Matching.Reconciliation;
using Xunit;

namespace Parley.Matching.Tests.Reconciliation;

public class UncontestedTests
{
    private static double[] Bits((int Left, int Right, double Weight)[] pairs, int left, int right, double paired) =>
        Uncontested.Bits(pairs.Length, k => pairs[k].Left, k => pairs[k].Right, k => pairs[k].Weight, left, right, paired, paired);

    [Fact]
    public void a_pair_that_is_each_records_only_candidate_is_lifted_by_the_odds_that_a_record_has_a_partner()
    {
        var bits = Bits([(0, 0, -2.0)], 1, 1, 0.75);
        Assert.Equal(Math.Log2(1 / 0.25), bits[0], 6);
    }

    [Fact]
    public void a_rival_as_strong_as_the_pair_takes_the_lift_away_but_never_lowers_the_weight()
    {
        var bits = Bits([(0, 0, 12.0), (0, 1, 12.0)], 1, 2, 0.75);
        Assert.Equal([0.0, 0.0], bits);
    }

    [Fact]
    public void the_smaller_lift_of_the_two_records_sides_is_taken()
    {
        // Right record 0 has a weaker rival (left 1) at weight -2: its side gives log2 1/(0.25 + 0.25) = 1 bit.
        var bits = Bits([(0, 0, 5.0), (1, 0, -2.0)], 2, 1, 0.75);
        Assert.Equal(1.0, bits[0], 6);
    }

    [Fact]
    public void lists_that_seem_wholly_inside_each_other_are_lifted_no_more_than_the_least_unpaired_share_allows()
    {
        var bits = Bits([(0, 0, 0.0)], 1, 1, 1.0);
        Assert.Equal(Math.Log2(1 / Uncontested.LeastUnpairedShare), bits[0], 6);
    }
}
