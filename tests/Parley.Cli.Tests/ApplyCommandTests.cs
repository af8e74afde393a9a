namespace Parley.Cli.Tests;

public partial class ApplyCommandTests
{
    [Fact]
    public async Task a_valid_file_applies_with_exit_0_and_status_shows_the_exchange_fulfilled()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        List<string> lines =
        [
            "# a whole exchange of two for two, in one stage",
            .. CommandLines.Setup("2 for 2", plannedA: 2, plannedB: 2),
            "",
            CommandLines.List("A", 1, 2),
            CommandLines.List("b", 3, 4),
            CommandLines.Move("match", 1, 2, 3, 4),
            CommandLines.Move("verify", 1, 2, 3, 4),
            CommandLines.Move("schedule", "s1", 1, 2, 3, 4),
            CommandLines.Move("release", "s1", 1, 2, 3, 4),
            CommandLines.Move("receive", 1, 2, 3, 4),
            """{"command":"close-stage","exchange":"x1","stage":"s1"}""",
        ];

        var result = await ParleyCli.Run("apply", folder.Write("ok.jsonl", lines), "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Contains("applied 14 of 14 commands", result.Output, StringComparison.Ordinal);
        using var status = await Status.Of(db);
        var exchange = status.Exchange("x1");
        Assert.True(exchange.GetProperty("fulfilled").GetBoolean());
        Assert.Equal("2 for 2", exchange.GetProperty("terms").GetString());
        var stage = status.Stage("x1", "s1");
        Assert.Equal("closed", stage.GetProperty("status").GetString());
        Assert.Equal(2, stage.GetProperty("releasedA").GetInt32());
        Assert.Equal(2, stage.GetProperty("releasedB").GetInt32());
        Assert.Equal(2, status.InStatus("x1", "a", "received"));
        Assert.Equal(2, status.InStatus("x1", "b", "received"));
    }

    [Fact]
    public async Task status_never_shows_a_name_date_of_birth_or_identifier_from_a_roster()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        await ParleyCli.Run("apply", folder.Write("ok.jsonl", [.. CommandLines.Setup(), CommandLines.List("A", 1)]), "--db", db);

        var json = await ParleyCli.Run("status", "--db", db, "--json");
        var tables = await ParleyCli.Run("status", "--db", db);

        foreach (var output in new[] { json.Output, tables.Output })
        {
            Assert.DoesNotContain("Synthetic Person", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Петренко", output, StringComparison.Ordinal);
            Assert.DoesNotContain("1990", output, StringComparison.Ordinal);
            Assert.DoesNotContain("L-1", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task a_missing_command_file_exits_2_naming_the_file()
    {
        using var folder = new TempFolder();

        var result = await ParleyCli.Run("apply", folder.File("nothere.jsonl"), "--db", folder.File("parley.db"));

        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("nothere.jsonl", result.Error, StringComparison.Ordinal);
    }
}
