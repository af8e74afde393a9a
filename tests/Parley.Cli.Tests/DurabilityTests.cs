using System.Diagnostics;
using System.Text.RegularExpressions;
using Parley.Store;
using Parley.Store.Serialization;

namespace Parley.Cli.Tests;

public partial class DurabilityTests
{
    private const int Persons = 66_000;

    [Fact]
    public async Task after_kill_9_in_the_middle_of_apply_every_acknowledged_event_is_there_and_the_log_and_projections_are_consistent()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        var file = folder.Write("long.jsonl", LongFile());
        var cancel = TestContext.Current.CancellationToken;

        long lastAcked = 0;
        using (var parley = Start("apply", file, "--db", db, "--acks"))
        {
            var acks = 0;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(TimeSpan.FromSeconds(120)); // a bound for a stuck child, not a speed check (the machine may be busy)
            while (acks < 3 && await parley.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (AckLine().Match(line) is { Success: true } ack)
                {
                    lastAcked = long.Parse(ack.Groups["seq"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    acks++;
                }
            }
            parley.Kill(); // SIGKILL on Linux: no clean-up, no final commit
            await parley.WaitForExitAsync(cancel);
            Assert.Equal(3, acks);
        }

        using (var log = SqliteEventLog.Open(db, OpenMode.MustExist))
        {
            Assert.True(log.LastSequence >= lastAcked, $"acknowledged {lastAcked}, the log ends at {log.LastSequence}");
            Assert.True(log.LastSequence < 3L * Persons, "the process finished before it was killed; the test killed nothing");
            var expected = 1L;
            foreach (var stored in log.Read())
            {
                Assert.Equal(expected++, stored.Sequence);
                stored.Decode();
            }
            Assert.Equal(log.LastSequence, expected - 1);
            Assert.Equal(log.LastSequence, log.ProjectedThrough);
        }
        var incremental = DatabaseSnapshot.Of(db);
        var rebuild = await ParleyCli.Run("rebuild", "--db", db);
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Equal(incremental, DatabaseSnapshot.Of(db));
    }

    /// <summary>About 200,000 small commands: each person listed, matched and verified in a line of its own.</summary>
    private static IEnumerable<string> LongFile()
    {
        foreach (var line in CommandLines.Setup())
        {
            yield return line;
        }
        for (var n = 1; n <= Persons; n++)
        {
            var side = n % 2 == 0 ? "A" : "B";
            yield return $$"""{"command":"list-persons","exchange":"x1","side":"{{side}}","persons":[{"person":"{{CommandLines.PersonId(n)}}","names":["Synthetic Person {{n}}"]}]}""";
            yield return CommandLines.Move("match", n);
            yield return CommandLines.Move("verify", n);
        }
    }

    /// <summary>The built `parley` next to this test assembly (the test project references the CLI), as a real process.</summary>
    internal static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet parley.dll");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    [GeneratedRegex(@"^ack line (?<line>\d+) seq (?<seq>\d+)$")]
    private static partial Regex AckLine();
}
