using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Parley.Store;

namespace Parley.Cli.Tests.Copy;

/// <summary>
/// Issue 17, moving a record: `parley copy --from DB --to DB` between SQLite and PostgreSQL, either way, proved by equal
/// rows, roots and projections, and refused or rolled back whole when it cannot be done.
/// </summary>
public sealed class CopyCommandTests(PostgresCluster cluster)
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task the_demo_copied_from_sqlite_to_postgres_and_back_holds_every_row_as_recorded_has_the_same_root_and_projections_and_verifies()
    {
        using var folder = new TempFolder();
        var original = folder.File("parley.db");
        var postgres = cluster.CreateDatabase();
        var back = folder.File("back.db");
        var pgKey = folder.File("pg-log.key");
        Assert.Equal(0, (await ParleyCli.Run("demo", "--db", original)).ExitCode);

        var there = await Copy("--from", original, "--to", postgres, "--log-key", pgKey);
        var again = await Copy("--from", postgres, "--to", back, "--log-key", pgKey);

        Assert.Equal(there.GetProperty("root").GetString(), again.GetProperty("root").GetString());
        Assert.Equal(there.GetProperty("events").GetInt64(), again.GetProperty("events").GetInt64());
        Assert.Equal(there.GetProperty("eventsDigest").GetString(), again.GetProperty("eventsDigest").GetString());
        foreach (var copy in new[] { there, again })
        {
            Assert.Equal(copy.GetProperty("sourceProjectionsDigest").GetString(), copy.GetProperty("targetProjectionsDigest").GetString());
        }
        Assert.Equal(there.GetProperty("targetProjectionsDigest").GetString(), again.GetProperty("targetProjectionsDigest").GetString());
        // Read with plain SQL, every column of every table: the record went there and back unchanged.
        var dump = RawRecord.Dump(original);
        Assert.Equal(dump, RawRecord.Dump(postgres));
        Assert.Equal(dump, RawRecord.Dump(back));
        // The key went with it: the copies sign on with the log's own key.
        Assert.Equal(await File.ReadAllTextAsync(original + ".key", TestContext.Current.CancellationToken), await File.ReadAllTextAsync(pgKey, TestContext.Current.CancellationToken));
        Assert.Equal(await File.ReadAllTextAsync(original + ".key", TestContext.Current.CancellationToken), await File.ReadAllTextAsync(back + ".key", TestContext.Current.CancellationToken));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(pgKey));

        var verifiedOriginal = await PublishAndVerify(original, [], folder.File("site"));
        var verifiedPostgres = await PublishAndVerify(postgres, ["--log-key", pgKey], folder.File("site-pg"));
        var verifiedBack = await PublishAndVerify(back, [], folder.File("site-back"));
        var root = Convert.ToBase64String(Convert.FromHexString(there.GetProperty("root").GetString()!));
        foreach (var verified in new[] { verifiedOriginal, verifiedPostgres, verifiedBack })
        {
            Assert.Equal(root, verified.GetProperty("root").GetString());
            Assert.Equal(there.GetProperty("events").GetInt64(), verified.GetProperty("size").GetInt64());
            Assert.Equal(verifiedOriginal.GetProperty("exchanges").GetRawText(), verified.GetProperty("exchanges").GetRawText());
        }
        Assert.Equal((await ParleyCli.Run("status", "--db", original, "--json")).Output, (await ParleyCli.Run("status", "--db", postgres, "--json")).Output);
    }

    [Fact]
    public async Task the_copied_log_goes_on_the_target_appends_extend_the_same_tree_signed_with_the_same_key()
    {
        using var folder = new TempFolder();
        var source = folder.File("parley.db");
        var postgres = cluster.CreateDatabase();
        var key = folder.File("pg-log.key");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", CommandLines.Setup()), "--db", source)).ExitCode);
        await Copy("--from", source, "--to", postgres, "--log-key", key);

        var more = await ParleyCli.Run("apply", folder.Write("more.jsonl", [CommandLines.List("A", 1, 2, 3)]), "--db", postgres, "--log-key", key);
        Assert.True(more.ExitCode == 0, more.ToString());
        var site = folder.File("site");
        var first = await ParleyCli.Run("publish", "--db", source, "--out", site);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(0, (await ParleyCli.Run("verify", site, "--trust", Path.Combine(site, "log.pub"), "--state", folder.File("state"))).ExitCode);

        // The copy, grown on PostgreSQL, published over the source's publication: consistent with what was verified before.
        var grown = await ParleyCli.Run("publish", "--db", postgres, "--log-key", key, "--out", site);
        var verified = await ParleyCli.Run("verify", site, "--trust", Path.Combine(site, "log.pub"), "--state", folder.File("state"));

        Assert.True(grown.ExitCode == 0, grown.ToString());
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.Contains("consistent with the checkpoint of", verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_copy_onto_a_database_that_holds_a_record_is_refused_in_one_line_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var source = folder.File("source.db");
        var sqlite = folder.File("target.db");
        var postgres = cluster.CreateDatabase();
        var key = folder.File("pg.key");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", CommandLines.Setup()), "--db", source)).ExitCode);
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("other.jsonl", CommandLines.Setup("1000 for 1000")), "--db", sqlite)).ExitCode);
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("other.jsonl", CommandLines.Setup("1000 for 1000")), "--db", postgres, "--log-key", key)).ExitCode);
        var before = (RawRecord.Dump(sqlite), RawRecord.Dump(postgres), await File.ReadAllTextAsync(key, TestContext.Current.CancellationToken));

        var onSqlite = await ParleyCli.Run("copy", "--from", source, "--to", sqlite);
        var onPostgres = await ParleyCli.Run("copy", "--from", source, "--to", postgres, "--log-key", key);

        foreach (var refused in new[] { onSqlite, onPostgres })
        {
            ParleyCli.AssertCleanFailure(refused);
            Assert.Single(refused.Error.Trim().Split('\n'));
            Assert.Contains("is not empty (", refused.Error, StringComparison.Ordinal);
            Assert.Contains("rows in events", refused.Error, StringComparison.Ordinal);
        }
        Assert.Equal(before, (RawRecord.Dump(sqlite), RawRecord.Dump(postgres), await File.ReadAllTextAsync(key, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task a_source_whose_last_row_was_changed_is_refused_naming_the_event_and_the_target_is_left_as_it_was()
    {
        using var folder = new TempFolder();
        var source = folder.File("source.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", [.. CommandLines.Setup(), CommandLines.List("A", 1, 2, 3)]), "--db", source)).ExitCode);
        var last = RawRecord.Count(source, "events");
        // Past the database's own guard (its triggers), as a tamperer with the file would.
        RawRecord.Execute(source, $"DROP TRIGGER events_no_update; UPDATE events SET recorded_at = recorded_at + 1 WHERE seq = {last};");
        var blank = cluster.CreateDatabase();
        var newFile = folder.File("copy.db");

        var toPostgres = await ParleyCli.Run("copy", "--from", source, "--to", blank, "--log-key", folder.File("pg.key"));
        var toSqlite = await ParleyCli.Run("copy", "--from", source, "--to", newFile);

        foreach (var failed in new[] { toPostgres, toSqlite })
        {
            ParleyCli.AssertCleanFailure(failed);
            Assert.Single(failed.Error.Trim().Split('\n'));
            Assert.Matches($"the source's event {last} \\([a-z.]+\\) does not match its leaf hash: it was changed after it was recorded", failed.Error);
            Assert.Contains("nothing was written to", failed.Error, StringComparison.Ordinal);
        }
        Assert.Equal(0, RawRecord.PostgresTables(blank));
        Assert.False(File.Exists(folder.File("pg.key")));
        Assert.Empty(Directory.GetFiles(folder.Path, "copy.db*"));
    }

    [Fact]
    public async Task a_copy_the_target_refuses_midway_rolls_back_whole_and_writes_no_key()
    {
        using var folder = new TempFolder();
        var source = folder.File("source.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", [.. CommandLines.Setup(), CommandLines.List("A", 1, 2, 3)]), "--db", source)).ExitCode);
        // Empty Parley databases whose checkpoints table refuses every row: the copy fails after the events went in.
        var postgres = cluster.CreateDatabase();
        EventLogs.Open(postgres, OpenMode.CreateIfMissing).Dispose();
        RawRecord.Execute(postgres, "ALTER TABLE checkpoints ADD CONSTRAINT injected_fault CHECK (size < 0);");
        var sqlite = folder.File("empty.db");
        EventLogs.Open(sqlite, OpenMode.CreateIfMissing).Dispose();
        RawRecord.Execute(sqlite, "CREATE TRIGGER injected_fault BEFORE INSERT ON checkpoints BEGIN SELECT RAISE(ABORT, 'injected fault'); END;");
        var before = (RawRecord.Dump(postgres), RawRecord.Dump(sqlite));

        var toPostgres = await ParleyCli.Run("copy", "--from", source, "--to", postgres, "--log-key", folder.File("pg.key"));
        var toSqlite = await ParleyCli.Run("copy", "--from", source, "--to", sqlite);

        foreach (var failed in new[] { toPostgres, toSqlite })
        {
            ParleyCli.AssertCleanFailure(failed);
            Assert.Single(failed.Error.Trim().Split('\n'));
            Assert.Contains("the target refused a row", failed.Error, StringComparison.Ordinal);
            Assert.Contains("injected", failed.Error, StringComparison.Ordinal);
        }
        Assert.Equal(before, (RawRecord.Dump(postgres), RawRecord.Dump(sqlite)));
        Assert.Equal(0, RawRecord.Count(postgres, "events"));
        Assert.False(File.Exists(folder.File("pg.key")));
        Assert.False(File.Exists(sqlite + ".key"));
    }

    [Fact]
    public async Task an_erased_exchange_stays_erased_after_a_copy_to_postgres_and_back()
    {
        using var folder = new TempFolder();
        var source = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", [.. CommandLines.Setup(), CommandLines.List("A", 1, 2), CommandLines.List("B", 3)]), "--db", source)).ExitCode);
        var erased = await ParleyCli.Run("erase", "--db", source, "--exchange", CommandLines.Exchange, "--force", "--reason", "called off");
        Assert.True(erased.ExitCode == 0, erased.ToString());
        var postgres = cluster.CreateDatabase();
        var back = folder.File("back.db");
        var key = folder.File("pg.key");

        await Copy("--from", source, "--to", postgres, "--log-key", key);
        await Copy("--from", postgres, "--to", back, "--log-key", key);

        const string ErasedRows = "SELECT COUNT(*) FROM events WHERE private IS NULL AND salt IS NULL AND commitment IS NOT NULL;";
        var erasedInSource = RawRecord.Scalar(source, ErasedRows);
        Assert.True(erasedInSource >= 2, $"{erasedInSource} erased rows");
        Assert.Equal(erasedInSource, RawRecord.Scalar(postgres, ErasedRows));
        Assert.Equal(erasedInSource, RawRecord.Scalar(back, ErasedRows));
        Assert.Equal(0, RawRecord.Scalar(postgres, "SELECT COUNT(*) FROM events WHERE private IS NOT NULL;"));
        Assert.Equal(RawRecord.Dump(source), RawRecord.Dump(back));
        var listed = await ParleyCli.Run("reveal", "--db", postgres, "--event", FirstListed(source));
        ParleyCli.AssertCleanFailure(listed);
        Assert.Contains("was erased", listed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_copy_that_cannot_start_exits_2_in_one_line_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var source = folder.File("source.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", CommandLines.Setup()), "--db", source)).ExitCode);
        var notParley = folder.Write("notes.txt", ["not a database"]);
        var blank = cluster.CreateDatabase();
        var newer = cluster.CreateDatabase();
        EventLogs.Open(newer, OpenMode.CreateIfMissing).Dispose();
        RawRecord.Execute(newer, "INSERT INTO parley_schema(version) VALUES(1000);");
        var foreign = cluster.CreateDatabase();
        RawRecord.Execute(foreign, "CREATE TABLE orders(id integer);");
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var key = folder.File("pg.key");

        var cases = new (string[] Arguments, string Says)[]
        {
            (["--from", source, "--to", source], "is the source itself"),
            (["--from", folder.File("missing.db"), "--to", folder.File("t1.db")], "no Parley database at"),
            (["--from", notParley, "--to", folder.File("t2.db")], "is not a Parley database"),
            (["--from", source, "--to", $"postgres://parley:s3cret@127.0.0.1:{closedPort}/parley", "--log-key", key], "cannot connect to the Parley database"),
            (["--from", source, "--to", newer, "--log-key", key], "newer Parley (schema version 1000"),
            (["--from", source, "--to", foreign, "--log-key", key], "is not a Parley database"),
            (["--from", source, "--to", blank], "give --to-log-key FILE (or --log-key FILE)"),
            (["--from", source, "--to", folder.File("t3.db"), "--from-log-key", folder.File("nokey")], "the source's signing key"),
        };
        foreach (var (arguments, says) in cases)
        {
            var result = await ParleyCli.Run(["copy", .. arguments]);

            ParleyCli.AssertCleanFailure(result);
            Assert.Single(result.Error.Trim().Split('\n'));
            Assert.Contains(says, result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret", result.Error, StringComparison.Ordinal);
        }
        Assert.Empty(Directory.GetFiles(folder.Path, "t*.db*"));
        Assert.False(File.Exists(key));
        Assert.Equal(0, RawRecord.PostgresTables(blank));
        Assert.Equal(0, RawRecord.Count(newer, "events"));
        Assert.Equal(1, RawRecord.PostgresTables(foreign));
    }

    private static async Task<JsonElement> Copy(params string[] arguments)
    {
        var result = await ParleyCli.Run(["copy", .. arguments, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    private static async Task<JsonElement> PublishAndVerify(string database, string[] keyOptions, string site)
    {
        var published = await ParleyCli.Run(["publish", "--db", database, .. keyOptions, "--out", site]);
        Assert.True(published.ExitCode == 0, published.ToString());
        var verified = await ParleyCli.Run("verify", site, "--trust", Path.Combine(site, "log.pub"), "--json");
        Assert.True(verified.ExitCode == 0, verified.ToString());
        return JsonDocument.Parse(verified.Output).RootElement.Clone();
    }

    private static string FirstListed(string database)
    {
        using var log = EventLogs.Open(database, OpenMode.MustExist);
        return log.Read().First(e => e.Type == "person.listed").Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
