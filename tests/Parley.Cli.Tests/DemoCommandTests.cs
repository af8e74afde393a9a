namespace Parley.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task demo_then_status_json_shows_may_fulfilled_in_stages_of_390_307_and_303_each_side()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");

        var demo = await ParleyCli.Run("demo", "--db", db);

        Assert.True(demo.ExitCode == 0, demo.ToString());
        using var status = await Status.Of(db);
        var may = status.Exchange("may-2025");
        Assert.True(may.GetProperty("fulfilled").GetBoolean());
        Assert.Equal("1000 for 1000", may.GetProperty("terms").GetString());
        var stages = may.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal([390, 307, 303], stages.Select(s => s.GetProperty("releasedA").GetInt32()));
        Assert.Equal([390, 307, 303], stages.Select(s => s.GetProperty("releasedB").GetInt32()));
        Assert.All(stages, s => Assert.Equal("closed", s.GetProperty("status").GetString()));
        Assert.Equal(1000, may.GetProperty("a").GetProperty("released").GetInt32());
        Assert.Equal(1000, may.GetProperty("b").GetProperty("released").GetInt32());
    }

    [Fact]
    public async Task demo_leaves_the_bodies_stage_closed_at_1212_against_27_and_june_and_july_unfulfilled()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        await ParleyCli.Run("demo", "--db", db);

        using var status = await Status.Of(db);

        var bodies = status.Stage("bodies-2025", "s1");
        Assert.Equal(1212, bodies.GetProperty("releasedA").GetInt32());
        Assert.Equal(27, bodies.GetProperty("releasedB").GetInt32());
        Assert.Equal("closed", bodies.GetProperty("status").GetString());
        Assert.False(status.Exchange("june-2025").GetProperty("fulfilled").GetBoolean());
        Assert.False(status.Exchange("july-2025").GetProperty("fulfilled").GetBoolean());
        Assert.Equal(["r1", "r2", "r3"], status.Root.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task status_tables_after_the_demo_show_every_exchange_and_the_may_stages()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        await ParleyCli.Run("demo", "--db", db);

        var result = await ParleyCli.Run("status", "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var text in new[] { "may-2025", "june-2025", "bodies-2025", "july-2025", "390 / 390", "307 / 307", "303 / 303", "1,212 released of", "27 released of all", "fulfilled", "Rustem Umerov" })
        {
            Assert.Contains(text, result.Output, StringComparison.Ordinal);
        }
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task running_demo_twice_is_harmless_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("demo", "--db", db)).ExitCode);
        var before = DatabaseSnapshot.Of(db);

        var again = await ParleyCli.Run("demo", "--db", db);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("already holds the demo", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseSnapshot.Of(db));
    }
}
