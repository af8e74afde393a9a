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

        var demo = await ParleyCli.Run("demo", "--db", postgres);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.DoesNotContain(cluster.Password, demo.Output, StringComparison.Ordinal);
        var incremental = DatabaseSnapshot.Of(postgres);
        var rebuilt = await ParleyCli.Run("rebuild", "--db", postgres);
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
        var onPostgres = await ParleyCli.Run("apply", file, "--db", uri);

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
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("ok.jsonl", CommandLines.Setup()), "--db", database.ConnectionString)).ExitCode);
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
}
