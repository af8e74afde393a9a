namespace Parley.Evaluation.Tests;

public sealed class ProfileTests
{
    [Fact]
    public void The_georgian_profile_writes_every_right_name_in_georgian_or_armenian_letters()
    {
        var dataset = Datasets.Small(EvaluationProfile.Georgian);

        Assert.All(dataset.Right, record =>
            Assert.Contains((record.Surname + record.Given + record.Name).ToCharArray(), c => c is >= '\u0531' and <= '\u058F' or >= '\u10A0' and <= '\u10FF'));
        Assert.All(dataset.Truth, pair => Assert.Contains(pair.Classes, name => name is "script:georgian" or "script:armenian"));
    }

    [Fact]
    public void The_triplicates_profile_puts_people_three_times_in_one_list()
    {
        var dataset = Datasets.Small(EvaluationProfile.Triplicates);

        var groups = dataset.Duplicates.GroupBy(entry => (entry.List, entry.Group)).ToList();

        Assert.NotEmpty(groups);
        Assert.All(groups, group => Assert.Equal(3, group.Count()));
        Assert.InRange(groups.Count, 1_500 * 0.18, 1_500 * 0.32);
    }

    [Fact]
    public void Each_copy_of_a_person_on_the_left_is_a_truth_pair_with_each_of_their_right_records()
    {
        var dataset = Datasets.Small(EvaluationProfile.Triplicates);
        var truthLeft = dataset.Truth.Select(pair => pair.LeftId).ToHashSet();
        var rightIds = dataset.Right.Select(record => record.Id).ToHashSet();

        var groupsOnLeftOnBothLists = dataset.Duplicates.Where(entry => entry.List == "left" && truthLeft.Contains(entry.Group));

        Assert.All(groupsOnLeftOnBothLists, entry => Assert.Contains(entry.Id, truthLeft));
        Assert.All(dataset.Truth, pair => Assert.Contains(pair.RightId, rightIds));
    }
}
