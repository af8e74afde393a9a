namespace Parley.Evaluation.Tests;

public sealed class CoverageTests
{
    private const int Enough = 30;

    [Fact]
    public void At_ten_thousand_people_every_class_appears_alone_at_least_thirty_times()
    {
        var summary = Datasets.TenThousandSummary;

        var thin = summary.Classes.Where(name => summary.AloneCounts[name] < Enough).ToList();

        Assert.Empty(thin);
        Assert.True(summary.Classes.Count >= 31, "the standard profile has 31 classes");
        Assert.True(summary.Classes.Count(name => name.StartsWith("latin:", StringComparison.Ordinal)) >= 11);
    }

    [Fact]
    public void At_ten_thousand_people_every_compatible_class_pair_appears_at_least_thirty_times()
    {
        var summary = Datasets.TenThousandSummary;

        var thin = summary.Pairs.Where(pair => pair.Count < Enough).Select(pair => $"{pair.A}+{pair.B}: {pair.Count}").ToList();

        Assert.Empty(thin);
        Assert.True(summary.Pairs.Count > 300, "class pairs are measured for every compatible combination");
    }

    [Fact]
    public void About_seventy_percent_of_people_are_on_both_lists_and_fifteen_on_each_alone()
    {
        var summary = Datasets.TenThousandSummary;

        Assert.InRange(summary.TruthPairs, 6_700, 7_300);
        Assert.InRange(summary.LeftRecords - summary.TruthPairs, 1_300, 1_800);
        Assert.InRange(summary.RightRecords - summary.TruthPairs, 1_300, 1_800);
    }

    [Fact]
    public void Truth_classes_are_known_names_joined_with_plus()
    {
        var known = Datasets.TenThousandSummary.Classes.ToHashSet();

        foreach (var pair in Datasets.TenThousand.Truth.Take(2_000))
        {
            Assert.All(pair.Classes, name => Assert.Contains(name, known));
            Assert.Equal(pair.ClassText, pair.Classes.Count == 0 ? "clean" : string.Join('+', pair.Classes));
        }
    }
}
