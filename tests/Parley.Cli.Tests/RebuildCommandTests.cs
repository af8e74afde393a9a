namespace Parley.Cli.Tests;

public class RebuildCommandTests
{
    [Fact]
    public async Task rebuild_after_the_demo_writes_projections_equal_byte_for_byte_to_the_incremental_ones()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        await ParleyCli.Run("demo", "--db", db);
        var incremental = DatabaseSnapshot.Of(db);

        var result = await ParleyCli.Run("rebuild", "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("rebuilt ", result.Output, StringComparison.Ordinal);
        Assert.Equal(incremental, DatabaseSnapshot.Of(db));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task rebuild_after_a_random_apply_file_equals_the_incremental_projections(int seed)
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        var lines = RandomCommandFile.Lines(new Random(seed), persons: 60, commands: 150);
        var applied = await ParleyCli.Run("apply", folder.Write("random.jsonl", lines), "--db", db);
        Assert.True(applied.ExitCode is 0 or 2, applied.ToString());
        var incremental = DatabaseSnapshot.Of(db);

        var result = await ParleyCli.Run("rebuild", "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(incremental, DatabaseSnapshot.Of(db));
    }

    [Fact]
    public async Task rebuild_of_a_missing_database_exits_2_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("nothere.db");

        var result = await ParleyCli.Run("rebuild", "--db", db);

        ParleyCli.AssertCleanFailure(result);
        Assert.False(File.Exists(db));
    }
}
