using System.Text.RegularExpressions;
using Parley.Store;

namespace Parley.Cli.Tests;

/// <summary>
/// Issue 11, data at rest: `parley backup` while another process appends, then the restore drill — the backup restored
/// to a fresh folder opens, its log is a gapless prefix of the live one, it publishes and verifies against the original
/// log key, and a rebuild of it is byte-identical to what it held.
/// </summary>
public sealed partial class BackupTests
{
    private const int Persons = 20_000;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task a_backup_taken_while_commands_are_appended_restores_to_a_log_that_verifies_and_rebuilds_equal()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "live", "parley.db");
        var backup = Path.Combine(folder.Path, "backups", "parley-backup.db");
        var cancel = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        var file = folder.Write("long.jsonl", LongFile());

        CliResult backedUp;
        using (var parley = DurabilityTests.Start("apply", file, "--db", db, "--acks"))
        {
            // Once a few batches are durable, back up in the middle of the appends.
            var acks = 0;
            while (acks < 2 && await parley.StandardOutput.ReadLineAsync(cancel) is { } line)
            {
                acks += AckLine().IsMatch(line) ? 1 : 0;
            }
            backedUp = await ParleyCli.Run("backup", "--db", db, "--out", backup, "--with-key");
            _ = parley.StandardOutput.ReadToEndAsync(cancel);
            await parley.WaitForExitAsync(cancel);
            Assert.Equal(0, parley.ExitCode);
        }
        Assert.True(backedUp.ExitCode == 0, backedUp.ToString());
        Assert.Contains("signing key copied to", backedUp.Output, StringComparison.Ordinal);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(backup));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(backup + ".key"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(backup)!, "*tmp*"));

        // Restore: copy the backup and its key to a new place, as an operator would.
        var restored = Path.Combine(folder.Path, "restored", "parley.db");
        Directory.CreateDirectory(Path.GetDirectoryName(restored)!);
        File.Copy(backup, restored);
        File.Copy(backup + ".key", restored + ".key");

        long backupLast;
        using (var live = SqliteEventLog.Open(db, OpenMode.MustExist))
        using (var copy = SqliteEventLog.Open(restored, OpenMode.MustExist))
        {
            backupLast = copy.LastSequence;
            Assert.True(backupLast > 0 && backupLast < live.LastSequence, $"the backup holds {backupLast} of {live.LastSequence} events: it was not taken during the appends");
            Assert.Equal(copy.LastSequence, copy.ProjectedThrough);
            var liveEvents = live.Read().Take((int)backupLast).Select(e => (e.Sequence, Convert.ToBase64String(e.Public))).ToList();
            var copyEvents = copy.Read().Select(e => (e.Sequence, Convert.ToBase64String(e.Public))).ToList();
            Assert.Equal(liveEvents, copyEvents);
        }

        var incremental = DatabaseSnapshot.Of(restored);
        var rebuild = await ParleyCli.Run("rebuild", "--db", restored);
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Equal(incremental, DatabaseSnapshot.Of(restored));

        var trust = folder.File("log.vkey");
        File.WriteAllText(trust, (await ParleyCli.Run("keys", "show", "--db", db)).Output);
        var published = folder.File("published");
        var publish = await ParleyCli.Run("publish", "--db", restored, "--out", published);
        Assert.True(publish.ExitCode == 0, publish.ToString());
        var verified = await ParleyCli.Run("verify", published, "--trust", trust);
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.Contains($"{backupLast} entries", verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_backup_without_with_key_leaves_the_key_out_and_says_where_it_is()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", CommandLines.Setup()), "--db", db)).ExitCode);

        var result = await ParleyCli.Run("backup", "--db", db, "--out", folder.File("b.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(folder.File("b.db.key")));
        Assert.Contains($"signing key not included: keep {db}.key safe separately", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task backing_up_a_missing_database_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var result = await ParleyCli.Run("backup", "--db", folder.File("none.db"), "--out", folder.File("b.db"));
        ParleyCli.AssertCleanFailure(result);
        Assert.False(File.Exists(folder.File("b.db")));
    }

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

    [GeneratedRegex(@"^ack line (?<line>\d+) seq (?<seq>\d+)$")]
    private static partial Regex AckLine();
}
