using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Parley.Cli.Tests;

/// <summary>The commands that take <c>--db</c>, on PostgreSQL: the same record and documents as on SQLite, and clean failures.</summary>
public class PostgresCommandTests(PostgresCluster cluster)
{
    [Fact]
    public async Task the_demo_status_and_rebuild_work_on_postgres_and_the_documents_equal_those_written_on_sqlite()
    {
        using var folder = new TempFolder();
        var sqlite = folder.File("parley.db");
        var postgres = cluster.CreateDatabase();
        Assert.Equal(0, (await ParleyCli.Run("demo", "--db", sqlite)).ExitCode);

        var key = folder.File("log.key");
        var demo = await ParleyCli.Run("demo", "--db", postgres, "--log-key", key);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.DoesNotContain(cluster.Password, demo.Output, StringComparison.Ordinal);
        var incremental = DatabaseSnapshot.Of(postgres);
        var rebuilt = await ParleyCli.Run("rebuild", "--db", postgres, "--log-key", key);
        var status = await ParleyCli.Run("status", "--db", postgres, "--json");

        Assert.True(rebuilt.ExitCode == 0, rebuilt.ToString());
        Assert.Equal(incremental, DatabaseSnapshot.Of(postgres));
        Assert.Equal(DatabaseSnapshot.ProjectionsOf(sqlite), DatabaseSnapshot.ProjectionsOf(postgres));
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Equal((await ParleyCli.Run("status", "--db", sqlite, "--json")).Output, status.Output);
    }

    [Fact]
    public async Task apply_records_the_same_events_on_postgres_as_on_sqlite()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ok.jsonl", [.. CommandLines.Setup(), CommandLines.List("A", 1, 2, 3)]);
        var sqlite = folder.File("parley.db");
        var postgres = new NpgsqlConnectionStringBuilder(cluster.CreateDatabase());
        var uri = $"postgres://{postgres.Username}:{postgres.Password}@{postgres.Host}:{postgres.Port}/{postgres.Database}";

        var onSqlite = await ParleyCli.Run("apply", file, "--db", sqlite);
        var onPostgres = await ParleyCli.Run("apply", file, "--db", uri, "--log-key", folder.File("log.key"));

        Assert.True(onPostgres.ExitCode == 0, onPostgres.ToString());
        Assert.DoesNotContain(cluster.Password, onPostgres.Output, StringComparison.Ordinal);
        Assert.Equal(onSqlite.Output.Replace(sqlite, "DB", StringComparison.Ordinal),
            onPostgres.Output.Replace($"postgres://{postgres.Username}@{postgres.Host}:{postgres.Port}/{postgres.Database}", "DB", StringComparison.Ordinal));
        Assert.Equal(DatabaseSnapshot.ProjectionsOf(sqlite), DatabaseSnapshot.ProjectionsOf(uri));
    }

    [Fact]
    public async Task an_unreachable_server_exits_2_in_one_line_without_the_password()
    {
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        foreach (var command in new[] { "status", "rebuild", "demo" })
        {
            var result = await ParleyCli.Run(command, "--db", $"postgres://parley:s3cret@127.0.0.1:{closedPort}/parley");

            ParleyCli.AssertCleanFailure(result);
            Assert.Contains($"cannot connect to the Parley database at postgres://parley@127.0.0.1:{closedPort}/parley", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret", result.Error, StringComparison.Ordinal);
            Assert.Single(result.Error.Trim().Split('\n'));
        }
    }

    [Fact]
    public async Task a_wrong_password_exits_2_and_a_newer_schema_exits_2_saying_to_upgrade()
    {
        using var folder = new TempFolder();
        var database = new NpgsqlConnectionStringBuilder(cluster.CreateDatabase());
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("ok.jsonl", CommandLines.Setup()), "--db", database.ConnectionString, "--log-key", folder.File("log.key"))).ExitCode);
        var wrong = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "wrong-password" };

        var refused = await ParleyCli.Run("status", "--db", wrong.ConnectionString);

        ParleyCli.AssertCleanFailure(refused);
        Assert.Contains("refused the user or password", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", refused.Error, StringComparison.Ordinal);

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand("INSERT INTO parley_schema(version) VALUES(1000);", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        var newer = await ParleyCli.Run("status", "--db", database.ConnectionString);

        ParleyCli.AssertCleanFailure(newer);
        Assert.Contains("newer Parley (schema version 1000", newer.Error, StringComparison.Ordinal);
        Assert.Contains("upgrade parley", newer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task publish_and_verify_of_a_postgres_log_give_the_same_public_counts_as_the_same_demo_on_sqlite()
    {
        using var folder = new TempFolder();
        var sqlite = folder.File("parley.db");
        var postgres = cluster.CreateDatabase();
        var key = folder.File("pg-log.key");
        Assert.Equal(0, (await ParleyCli.Run("demo", "--db", sqlite)).ExitCode);
        Assert.Equal(0, (await ParleyCli.Run("demo", "--db", postgres, "--log-key", key)).ExitCode);

        var fromSqlite = await PublishAndVerify(sqlite, [], folder.File("site-sqlite"));
        var fromPostgres = await PublishAndVerify(postgres, ["--log-key", key], folder.File("site-postgres"));

        Assert.Equal(fromSqlite.GetProperty("size").GetInt64(), fromPostgres.GetProperty("size").GetInt64());
        Assert.Equal(fromSqlite.GetProperty("exchanges").GetRawText(), fromPostgres.GetProperty("exchanges").GetRawText());
        Assert.Equal(fromSqlite.GetProperty("submissions").GetRawText(), fromPostgres.GetProperty("submissions").GetRawText());
        Assert.StartsWith("parley.example/t", fromPostgres.GetProperty("origin").GetString(), StringComparison.Ordinal);
        // The published tiles and checkpoint agree with each other: a second publish of the unchanged log writes no tile,
        // and verify against the first checkpoint (--state) finds the log consistent with it.
        var again = await ParleyCli.Run("publish", "--db", postgres, "--log-key", key, "--out", folder.File("site-postgres"));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"(was {fromPostgres.GetProperty("size").GetInt64()})", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_postgres_log_without_its_key_file_exits_2_naming_log_key_and_publish_refuses_the_same_way()
    {
        using var folder = new TempFolder();
        var postgres = cluster.CreateDatabase();

        var demo = await ParleyCli.Run("demo", "--db", postgres);
        var publish = await ParleyCli.Run("publish", "--db", postgres, "--out", folder.File("site"));

        ParleyCli.AssertCleanFailure(demo);
        Assert.Contains("--log-key FILE", demo.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(cluster.Password, demo.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, publish.ExitCode);
        Assert.Contains("--log-key FILE", publish.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_key_file_is_created_on_first_use_and_a_foreign_key_is_refused_once_the_log_has_checkpoints()
    {
        using var folder = new TempFolder();
        var postgres = cluster.CreateDatabase();
        var file = folder.Write("ok.jsonl", CommandLines.Setup());
        var key = folder.File("log.key");
        Assert.Equal(0, (await ParleyCli.Run("keys", "new", "--name", "parley.example/someone-else", "--out", folder.File("other.key"))).ExitCode);

        var first = await ParleyCli.Run("apply", file, "--db", postgres, "--log-key", key);
        var foreign = await ParleyCli.Run("rebuild", "--db", postgres, "--log-key", folder.File("other.key"));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(key));
        ParleyCli.AssertCleanFailure(foreign);
        Assert.Contains("use the key that belongs to this database", foreign.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task backup_of_a_postgres_database_is_refused_naming_pg_dump_and_the_key_file()
    {
        using var folder = new TempFolder();
        var postgres = cluster.CreateDatabase();
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("ok.jsonl", CommandLines.Setup()), "--db", postgres, "--log-key", folder.File("log.key"))).ExitCode);

        var backup = await ParleyCli.Run("backup", "--db", postgres, "--log-key", folder.File("log.key"), "--out", folder.File("copy.db"));

        ParleyCli.AssertCleanFailure(backup);
        Assert.Contains("pg_dump", backup.Error, StringComparison.Ordinal);
        Assert.Contains("parley copy --from DB --to FILE.db", backup.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("copy.db")));
    }

    private static async Task<System.Text.Json.JsonElement> PublishAndVerify(string database, string[] keyOptions, string site)
    {
        var published = await ParleyCli.Run(["publish", "--db", database, .. keyOptions, "--out", site]);
        Assert.True(published.ExitCode == 0, published.ToString());
        var verified = await ParleyCli.Run("verify", site, "--trust", Path.Combine(site, "log.pub"), "--json");
        Assert.True(verified.ExitCode == 0, verified.ToString());
        return System.Text.Json.JsonDocument.Parse(verified.Output).RootElement.Clone();
    }
}
