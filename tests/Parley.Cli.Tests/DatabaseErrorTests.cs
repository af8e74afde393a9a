using System.Diagnostics;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Tests;

public class DatabaseErrorTests
{
    [Fact]
    public async Task status_of_a_missing_database_exits_2_naming_the_path_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("nothere.db");

        var result = await ParleyCli.Run("status", "--db", db);

        ParleyCli.AssertCleanFailure(result);
        Assert.Contains(db, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task a_text_file_given_as_the_database_exits_2_saying_it_is_not_a_parley_database_and_is_left_as_it_was()
    {
        using var folder = new TempFolder();
        var db = folder.File("notes.txt");
        File.WriteAllText(db, "These are my notes, not a database.\n");

        foreach (var args in new[] { new[] { "status", "--db", db }, ["apply", folder.Write("ok.jsonl", CommandLines.Setup()), "--db", db], ["rebuild", "--db", db], ["demo", "--db", db] })
        {
            var result = await ParleyCli.Run(args);

            ParleyCli.AssertCleanFailure(result);
            Assert.Contains("not a Parley database", result.Error, StringComparison.Ordinal);
        }
        Assert.Equal("These are my notes, not a database.\n", File.ReadAllText(db));
    }

    [Fact]
    public async Task a_garbled_parley_database_exits_2_with_a_clear_message()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("ok.jsonl", [.. CommandLines.Setup(), CommandLines.List("A", 1, 2, 3)]), "--db", db)).ExitCode);
        var bytes = File.ReadAllBytes(db);
        // Keep SQLite's 100-byte header (so it is still recognisably Parley's) and garble the pages behind it.
        var random = new Random(7);
        for (var i = 100; i < bytes.Length; i++)
        {
            bytes[i] = (byte)random.Next(256);
        }
        File.WriteAllBytes(db, bytes);

        foreach (var command in new[] { "status", "rebuild" })
        {
            var result = await ParleyCli.Run(command, "--db", db);

            ParleyCli.AssertCleanFailure(result);
            Assert.Contains(db, result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task a_database_held_by_another_writer_exits_2_with_a_clear_message_within_a_bounded_time()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("ok.jsonl", CommandLines.Setup()), "--db", db)).ExitCode);
        var before = DatabaseSnapshot.Of(db);
        var clock = Stopwatch.StartNew();

        CliResult result;
        using (ParleyStore.Open(db, OpenMode.MustExist))
        {
            result = await ParleyCli.Run("apply", folder.Write("more.jsonl", [CommandLines.List("A", 1)]), "--db", db);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("locked", result.Error, StringComparison.Ordinal);
        Assert.Contains(db, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseSnapshot.Of(db));
    }

    [Theory]
    [InlineData("status", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("apply")]
    [InlineData("formula")]
    [InlineData("status", "--db")]
    public async Task a_malformed_command_line_exits_2_with_a_message(params string[] args)
    {
        var result = await ParleyCli.Run(args);

        ParleyCli.AssertCleanFailure(result);
        Assert.StartsWith("parley: ", result.Error, StringComparison.Ordinal);
    }
}
