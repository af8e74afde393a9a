namespace Parley.Cli.Tests;

public sealed class SynthCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Synth_writes_two_lists_and_the_truth_and_the_same_seed_gives_the_same_files()
    {
        var first = _temp.File("one");
        var second = _temp.File("two");

        var a = await ParleyCli.Run("synth", "--people", "300", "--seed", "7", "--out", first);
        var b = await ParleyCli.Run("synth", "--people", "300", "--seed", "7", "--out", second);

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        foreach (var name in new[] { "left.csv", "right.csv", "truth.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
        }
        Assert.StartsWith("left_id,right_id,class", File.ReadAllText(Path.Combine(first, "truth.csv")));
        var truthRows = File.ReadAllLines(Path.Combine(first, "truth.csv")).Length - 1;
        Assert.InRange(truthRows, 150, 300);
    }

    [Fact]
    public async Task Synth_with_a_negative_count_is_refused_cleanly()
    {
        var result = await ParleyCli.Run("synth", "--people", "-5", "--seed", "1", "--out", _temp.File("x"));

        ParleyCli.AssertCleanFailure(result);
        Assert.False(Directory.Exists(_temp.File("x")) && Directory.EnumerateFiles(_temp.File("x")).Any());
    }
}
