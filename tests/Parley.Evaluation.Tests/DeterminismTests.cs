namespace Parley.Evaluation.Tests;

public sealed class DeterminismTests
{
    private static readonly string[] Files = ["left.csv", "right.csv", "truth.csv", "duplicates.csv", "hard-negatives.csv"];

    [Fact]
    public void The_same_options_give_byte_identical_files()
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        var options = new EvaluationOptions { People = 2_000, Seed = 42 };

        EvaluationLists.Generate(options).Write(first.Path);
        EvaluationLists.Generate(options).Write(second.Path);

        foreach (var file in Files)
        {
            Assert.Equal(File.ReadAllBytes(first.File(file)), File.ReadAllBytes(second.File(file)));
        }
    }

    [Fact]
    public void Another_seed_gives_other_lists()
    {
        var one = EvaluationLists.Generate(new EvaluationOptions { People = 300, Seed = 1 });
        var other = EvaluationLists.Generate(new EvaluationOptions { People = 300, Seed = 2 });

        Assert.NotEqual(one.Left.Select(record => record.Surname), other.Left.Select(record => record.Surname));
    }

    [Fact]
    public void Reading_a_list_twice_gives_the_same_records_as_writing_it()
    {
        var dataset = Datasets.Small();

        Assert.Equal(dataset.Left, dataset.EnumerateLeft().ToList());
        Assert.Equal(dataset.Right, dataset.EnumerateRight().ToList());
    }
}
