using Parley.Demo.Synthetic;
using Xunit;

namespace Parley.Matching.Tests.Synthetic;

public sealed partial class SyntheticListsTests
{
    private static readonly SyntheticDataset TwoThousand = SyntheticLists.Generate(2000, seed: 11);

    [Fact]
    public void The_same_seed_gives_the_same_lists_and_truth()
    {
        var again = SyntheticLists.Generate(2000, seed: 11);

        Assert.Equal(TwoThousand.Left, again.Left);
        Assert.Equal(TwoThousand.Right, again.Right);
        Assert.Equal(TwoThousand.Truth, again.Truth);
    }

    [Fact]
    public void A_different_seed_gives_different_lists()
    {
        var other = SyntheticLists.Generate(2000, seed: 12);

        Assert.NotEqual(TwoThousand.Left.Select(r => r.Surname), other.Left.Select(r => r.Surname));
    }

    [Fact]
    public void Parallel_generation_of_a_large_population_is_still_deterministic()
    {
        var first = SyntheticLists.Generate(40_000, seed: 3);
        var second = SyntheticLists.Generate(40_000, seed: 3);

        Assert.Equal(first.Left, second.Left);
        Assert.Equal(first.Right, second.Right);
        Assert.Equal(first.Truth, second.Truth);
    }

    [Fact]
    public void A_smaller_population_is_a_prefix_of_the_people_of_a_larger_one()
    {
        // Each person draws from its own stream, so the first people do not depend on how many follow.
        var small = SyntheticLists.Generate(500, seed: 11);

        var smallNames = small.Left.Select(r => (r.Surname, r.Given, r.DateOfBirth)).ToHashSet();
        var largeNames = TwoThousand.Left.Select(r => (r.Surname, r.Given, r.DateOfBirth)).ToHashSet();
        Assert.True(smallNames.Count(largeNames.Contains) > smallNames.Count * 0.9);
    }

    [Fact]
    public void About_fifteen_percent_of_people_are_on_each_side_only()
    {
        var data = SyntheticLists.Generate(10_000, seed: 5);

        var leftOnly = data.Left.Count - data.Truth.Count;
        var rightOnly = data.Right.Count - data.Truth.Count;
        Assert.InRange(leftOnly, 1350, 1650);
        Assert.InRange(rightOnly, 1350, 1650);
        Assert.InRange(data.Truth.Count, 6750, 7250);
    }

    [Fact]
    public void Every_difficulty_class_is_present_in_a_fair_share()
    {
        var counts = TwoThousand.Truth.GroupBy(t => t.DifficultyClass).ToDictionary(g => g.Key, g => g.Count());

        foreach (var difficulty in DifficultyClasses.All)
        {
            Assert.True(counts.GetValueOrDefault(difficulty) >= TwoThousand.Truth.Count / 50, $"{difficulty}: {counts.GetValueOrDefault(difficulty)}");
        }
        Assert.Empty(counts.Keys.Except(DifficultyClasses.All));
    }

    [Fact]
    public void Different_people_with_the_same_name_and_close_dates_of_birth_are_present()
    {
        var data = SyntheticLists.Generate(10_000, seed: 5);

        var namesakes = data.Left
            .Where(r => r.DateOfBirth is { Year: not null })
            .GroupBy(r => (r.Surname!.ToLowerInvariant(), r.Given, r.Patronymic))
            .Count(g => g.Count() > 1 && g.Any(a => g.Any(b => a.DateOfBirth != b.DateOfBirth && Math.Abs(a.DateOfBirth!.Value.Year!.Value - b.DateOfBirth!.Value.Year!.Value) <= 1)));
        Assert.True(namesakes >= 100, $"only {namesakes} groups of namesakes");
    }

    [Fact]
    public void Zero_people_give_empty_lists()
    {
        var empty = SyntheticLists.Generate(0, seed: 1);

        Assert.Empty(empty.Left);
        Assert.Empty(empty.Right);
        Assert.Empty(empty.Truth);
    }

    [Fact]
    public void A_negative_people_count_is_rejected_naming_the_parameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticLists.Generate(-1, seed: 1));

        Assert.Equal("people", e.ParamName);
    }
}
