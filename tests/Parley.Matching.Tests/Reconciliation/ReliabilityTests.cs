using Parley.Demo.Synthetic;
using Parley.Matching.Reconciliation;
using Xunit;

namespace Parley.Matching.Tests.Reconciliation;

public class ReliabilityTests
{
    [Fact]
    public void the_bands_hold_every_pair_put_out_once_and_count_the_true_ones()
    {
        var data = SyntheticLists.Generate(1500, 3);
        var result = Reconciler.Reconcile(data.Left, data.Right);
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        var bands = Reliability.Of(result, truth);
        Assert.Equal(result.Pairs.Count, bands.Sum(b => b.Pairs));
        var correct = result.Pairs.Count(p => truth.Contains((result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)));
        Assert.Equal(correct, bands.Sum(b => b.True));
        Assert.All(bands, b => Assert.InRange(b.MeanProbability, b.From, b.To));
    }

    [Fact]
    public void the_calibration_error_is_the_pair_weighted_gap_between_mean_probability_and_share_true()
    {
        ReliabilityBand[] bands = [new(0.5, 0.8, 10, 0.6, 6), new(0.9, 1, 30, 0.95, 27)];
        Assert.Equal(((0.0 * 10) + (0.05 * 30)) / 40, Reliability.ExpectedCalibrationError(bands), 12);
    }
}
