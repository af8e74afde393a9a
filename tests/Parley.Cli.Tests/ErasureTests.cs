using System.Text;
using System.Text.RegularExpressions;
using Parley.Core.Exchanges;
using Parley.Core.State;
using Parley.Demo;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Tests;

/// <summary>
/// Issue 13, erasure: `parley erase` removes the personal data of one exchange from the database file, its WAL and any
/// backup made afterwards, while the published log still verifies, a rebuild equals the incremental documents and the
/// public figures do not change by a byte.
/// </summary>
public sealed partial class ErasureTests(PostgresCluster cluster)
{
    [Fact]
    public async Task after_erasing_the_may_exchange_of_the_demo_the_log_verifies_the_figures_are_unchanged_and_no_erased_name_or_date_is_left_in_the_file_its_wal_or_a_later_backup()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("demo", "--db", db)).ExitCode);
        var needles = ErasedOnly(db, IstanbulDemo.May);
        var statusBefore = PublicFigures.Exchanges(PublicFigures.Json(await ParleyCli.Run("status", "--db", db, "--json")));
        var before = Scan(db, needles);
        Assert.True(before.Count > needles.Count / 2, $"the scan must find the data before the erasure: found {before.Count} of {needles.Count}");

        var erased = await ParleyCli.Run("erase", "--db", db, "--exchange", IstanbulDemo.May);

        Assert.True(erased.ExitCode == 0, erased.ToString());
        Assert.Contains($"list entries of exchange {IstanbulDemo.May}", erased.Output, StringComparison.Ordinal);
        var backup = folder.File("backup.db");
        Assert.Equal(0, (await ParleyCli.Run("backup", "--db", db, "--out", backup)).ExitCode);
        Assert.Empty(Scan(db, needles));
        Assert.Empty(Scan(db + "-wal", needles));
        Assert.Empty(Scan(backup, needles));

        var incremental = DatabaseSnapshot.Of(db);
        Assert.Equal(0, (await ParleyCli.Run("rebuild", "--db", db)).ExitCode);
        Assert.Equal(incremental, DatabaseSnapshot.Of(db));
        var site = folder.File("site");
        Assert.Equal(0, (await ParleyCli.Run("publish", "--db", db, "--out", site)).ExitCode);
        var verified = PublicFigures.Json(await ParleyCli.Run("verify", site, "--trust", Path.Combine(site, "log.pub"), "--json"));
        Assert.Equal(statusBefore, PublicFigures.Exchanges(verified));
        Assert.Equal(statusBefore, PublicFigures.Exchanges(PublicFigures.Json(await ParleyCli.Run("status", "--db", db, "--json"))));
    }

    [Fact]
    public async Task reveal_of_an_erased_event_says_it_was_erased_when_and_by_whom_and_an_event_of_another_exchange_still_reveals()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        await Applied(folder, db, [.. CommandLines.Setup(), CommandLines.List("A", 1, 2)]);
        var erased = await ParleyCli.Run("erase", "--db", db, "--exchange", CommandLines.Exchange, "--force", "--reason", "the talks were called off");
        Assert.True(erased.ExitCode == 0, erased.ToString());
        Assert.Contains("forced", erased.Output, StringComparison.Ordinal);
        var listed = ListedSequence(db);

        var reveal = await ParleyCli.Run("reveal", "--db", db, "--event", listed.ToString(System.Globalization.CultureInfo.InvariantCulture));

        ParleyCli.AssertCleanFailure(reveal);
        Assert.Matches(new Regex($"event {listed} \\(person.listed\\) was erased: .* by event \\d+ \\(exchange.erased of exchange 'x1'\\) at \\d{{4}}-\\d\\d-\\d\\dT.* by operator \\(cli\\), forced: the talks were called off"), reveal.Error);
    }

    [Fact]
    public async Task erasing_a_running_exchange_without_force_an_unknown_exchange_a_forced_one_without_reason_or_twice_is_refused_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        await Applied(folder, db, [.. CommandLines.Setup(), CommandLines.List("A", 1, 2)]);
        var unchanged = DatabaseSnapshot.Of(db);

        var running = await ParleyCli.Run("erase", "--db", db, "--exchange", CommandLines.Exchange);
        var unknown = await ParleyCli.Run("erase", "--db", db, "--exchange", "x9");
        var noReason = await ParleyCli.Run("erase", "--db", db, "--exchange", CommandLines.Exchange, "--force");

        ParleyCli.AssertCleanFailure(running);
        Assert.Contains("exchange 'x1' is still running (not fulfilled); erase it now only with force and a reason", running.Error, StringComparison.Ordinal);
        ParleyCli.AssertCleanFailure(unknown);
        Assert.Contains("exchange 'x9' is not open", unknown.Error, StringComparison.Ordinal);
        ParleyCli.AssertCleanFailure(noReason);
        Assert.Contains("reason is required when an erasure is forced", noReason.Error, StringComparison.Ordinal);
        Assert.Equal(unchanged, DatabaseSnapshot.Of(db));

        Assert.Equal(0, (await ParleyCli.Run("erase", "--db", db, "--exchange", CommandLines.Exchange, "--force", "--reason", "called off")).ExitCode);
        var erasedOnce = DatabaseSnapshot.Of(db);
        var twice = await ParleyCli.Run("erase", "--db", db, "--exchange", CommandLines.Exchange, "--force", "--reason", "again");
        ParleyCli.AssertCleanFailure(twice);
        Assert.Contains("exchange 'x1' was already erased at", twice.Error, StringComparison.Ordinal);
        Assert.Equal(erasedOnce, DatabaseSnapshot.Of(db));
    }

    [Fact]
    public async Task the_erasure_event_records_the_exchange_the_number_of_people_the_force_and_reason_and_who_but_no_personal_data()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        await Applied(folder, db, [.. CommandLines.Setup(), CommandLines.List("A", 1, 2, 3)]);
        Assert.Equal(0, (await ParleyCli.Run("erase", "--db", db, "--exchange", CommandLines.Exchange, "--force", "--reason", "called off")).ExitCode);

        using var log = EventLogs.Open(db, OpenMode.MustExist);
        var last = log.Read().Last();
        Assert.Equal("exchange.erased", last.Type);
        Assert.Null(last.Private);
        var json = Encoding.UTF8.GetString(last.Public);
        Assert.Contains("\"exchange\":\"x1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"people\":3", json, StringComparison.Ordinal);
        Assert.Contains("\"forced\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"called off\"", json, StringComparison.Ordinal);
        Assert.Contains("\"actor\":{\"role\":\"operator\",\"id\":\"cli\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Read(), e => e.Private is not null);
    }

    [Fact]
    public async Task on_postgres_erase_removes_the_private_parts_rebuild_equals_incremental_and_the_figures_are_unchanged()
    {
        using var folder = new TempFolder();
        var postgres = cluster.CreateDatabase();
        var key = folder.File("log.key");
        var file = folder.Write("commands.jsonl", [.. CommandLines.Setup(), CommandLines.List("A", 1, 2, 3), CommandLines.List("B", 4, 5)]);
        Assert.Equal(0, (await ParleyCli.Run("apply", file, "--db", postgres, "--log-key", key)).ExitCode);
        var figures = PublicFigures.Exchanges(PublicFigures.Json(await ParleyCli.Run("status", "--db", postgres, "--json")));

        var erased = await ParleyCli.Run("erase", "--db", postgres, "--log-key", key, "--exchange", CommandLines.Exchange, "--force", "--reason", "called off");

        Assert.True(erased.ExitCode == 0, erased.ToString());
        using (var log = EventLogs.Open(postgres, OpenMode.MustExist))
        {
            Assert.DoesNotContain(log.Read(), e => e.Private is not null);
        }
        var incremental = DatabaseSnapshot.Of(postgres);
        Assert.Equal(0, (await ParleyCli.Run("rebuild", "--db", postgres, "--log-key", key)).ExitCode);
        Assert.Equal(incremental, DatabaseSnapshot.Of(postgres));
        Assert.Equal(figures, PublicFigures.Exchanges(PublicFigures.Json(await ParleyCli.Run("status", "--db", postgres, "--json"))));
        ParleyCli.AssertCleanFailure(await ParleyCli.Run("erase", "--db", postgres, "--log-key", key, "--exchange", CommandLines.Exchange, "--force", "--reason", "again"));
    }

    private static async Task Applied(TempFolder folder, string db, IEnumerable<string> lines)
    {
        var applied = await ParleyCli.Run("apply", folder.Write("commands.jsonl", [.. lines]), "--db", db);
        Assert.True(applied.ExitCode == 0, applied.ToString());
    }

    private static long ListedSequence(string db)
    {
        using var log = EventLogs.Open(db, OpenMode.MustExist);
        return log.Read().First(e => e.Type == "person.listed").Sequence;
    }

    /// <summary>
    /// The full names and dates of birth of the people on <paramref name="exchange"/>'s lists that appear nowhere else in
    /// the record (the same synthetic person may be on another exchange's list, which keeps its data).
    /// </summary>
    private static HashSet<string> ErasedOnly(string db, string exchange)
    {
        ParleyState state;
        HashSet<string> publicRuns;
        using (var log = EventLogs.Open(db, OpenMode.MustExist))
        {
            state = ParleyStore.Replay(log);
            publicRuns = Runs(string.Join("\n", log.Read().Select(e => Encoding.UTF8.GetString(e.Public)))).ToHashSet(StringComparer.Ordinal);
        }
        static IEnumerable<string> Texts(Exchange x) => x.Persons.Values.Select(p => p.Details).Concat(x.Requests.Values.Select(r => r.Details))
            .SelectMany(d => d!.Names.SelectMany(n => new[] { n.Text, n.Surname, n.Given, n.Patronymic })
                .Concat([d.DateOfBirth?.ToString("uuuu-MM-dd", null)]))
            .OfType<string>();
        // A name of the erased lists may also be part of a longer name kept on another list ("Бойко Денис" in "Бойко Денис Іванович").
        var kept = Runs(string.Join("\n", state.Exchanges.Values.Where(x => x.Id != exchange).SelectMany(Texts))).ToHashSet(StringComparer.Ordinal);
        var erased = state.Exchanges[exchange].Persons.Values.Select(p => p.Details).Concat(state.Exchanges[exchange].Requests.Values.Select(r => r.Details))
            .SelectMany(d => d!.Names.Select(n => n.Text).Concat([d.DateOfBirth?.ToString("uuuu-MM-dd", null)]))
            .OfType<string>()
            .Where(t => !kept.Contains(t) && !publicRuns.Contains(t))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(erased.Count > 1000, $"the demo's May lists should have many names and dates of their own; found {erased.Count}");
        return erased;
    }

    /// <summary>
    /// The needles found in a file, read as raw bytes: every run of letters (or a date) and every run of up to five of
    /// its words is looked up, so a name is found wherever its bytes are, inside a row, a free page or a WAL frame.
    /// </summary>
    private static HashSet<string> Scan(string path, HashSet<string> needles)
    {
        return File.Exists(path)
            ? Runs(Encoding.UTF8.GetString(File.ReadAllBytes(path))).Where(needles.Contains).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    /// <summary>Every run of letters (or a date) in a text, and every run of up to five of its words.</summary>
    private static IEnumerable<string> Runs(string text)
    {
        foreach (Match run in TextRun().Matches(text))
        {
            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                for (var j = i; j < Math.Min(words.Length, i + 5); j++)
                {
                    yield return string.Join(' ', words[i..(j + 1)]);
                }
            }
        }
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\d|[\p{L}\p{M}'’\- ]+")]
    private static partial Regex TextRun();
}
