using System.Net;
using System.Net.Sockets;
using Npgsql;
using Parley.Store.Postgres;
using Xunit;

namespace Parley.Store.Tests.Postgres;

/// <summary>What opening a PostgreSQL address says when it is not a Parley database this build can use: one line, no password.</summary>
public sealed class PostgresOpenErrorsTests(PostgresCluster cluster)
{
    private static PostgresDatabase Address(string connectionString) => (PostgresDatabase)DatabaseAddress.Parse(connectionString);

    private static void AssertOneLineWithoutPassword(Exception error, string password)
    {
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain(password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_is_named_in_one_line()
    {
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var error = Assert.Throws<DatabaseUnreachableException>(() =>
            PostgresEventLog.Open(Address($"postgres://parley:s3cret@127.0.0.1:{closedPort}/parley"), OpenMode.CreateIfMissing));

        Assert.StartsWith($"cannot connect to the Parley database at postgres://parley@127.0.0.1:{closedPort}/parley: ", error.Message, StringComparison.Ordinal);
        AssertOneLineWithoutPassword(error, "s3cret");
    }

    [Fact]
    public void A_wrong_password_is_refused_in_one_line_that_does_not_repeat_it()
    {
        var database = new NpgsqlConnectionStringBuilder(cluster.CreateDatabase()).Database!;

        var error = Assert.Throws<DatabaseUnreachableException>(() =>
            PostgresEventLog.Open(Address(cluster.ConnectionString(database, password: "not-the-password")), OpenMode.CreateIfMissing));

        Assert.Contains("refused the user or password", error.Message, StringComparison.Ordinal);
        AssertOneLineWithoutPassword(error, "not-the-password");
    }

    [Fact]
    public void A_database_that_does_not_exist_says_so()
    {
        var error = Assert.Throws<DatabaseUnreachableException>(() =>
            PostgresEventLog.Open(Address(cluster.ConnectionString("no_such_database")), OpenMode.CreateIfMissing));

        Assert.Contains("no_such_database", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_of_another_application_is_not_taken_over()
    {
        var database = cluster.CreateDatabase();
        Execute(database, "CREATE TABLE invoices(id int PRIMARY KEY);");

        var error = Assert.Throws<NotAParleyDatabaseException>(() => PostgresEventLog.Open(Address(database), OpenMode.CreateIfMissing));

        Assert.Contains("is not a Parley database", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Scalar(database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'events';"));
    }

    [Fact]
    public void A_schema_newer_than_this_build_says_to_upgrade_parley_and_changes_nothing()
    {
        var database = cluster.CreateDatabase();
        using (var log = PostgresEventLog.Open(Address(database), OpenMode.CreateIfMissing))
        {
            log.AppendBatch(Events.Many(3));
        }
        Execute(database, $"INSERT INTO parley_schema(version) VALUES({PostgresSchema.Version + 1});");

        var error = Assert.Throws<NotAParleyDatabaseException>(() => PostgresEventLog.Open(Address(database), OpenMode.MustExist));

        Assert.Contains("newer Parley", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade parley", error.Message, StringComparison.Ordinal);
        Assert.Equal(PostgresSchema.Version + 1, error.SchemaVersion);
        Assert.Equal(3L, Scalar(database, "SELECT count(*) FROM events;"));
    }

    [Fact]
    public void A_blank_database_is_not_found_when_it_must_exist_and_gets_the_schema_otherwise()
    {
        var database = cluster.CreateDatabase();

        Assert.Throws<DatabaseNotFoundException>(() => PostgresEventLog.Open(Address(database), OpenMode.MustExist));
        Assert.Equal(0L, Scalar(database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public';"));

        PostgresEventLog.Open(Address(database), OpenMode.CreateIfMissing).Dispose();
        Assert.Equal((long)PostgresSchema.Version, Scalar(database, "SELECT max(version) FROM parley_schema;"));
        Assert.Equal(0L, Scalar(database, "SELECT count(*) FROM events;"));
    }

    [Fact]
    public void Truncating_the_events_is_refused_by_the_database()
    {
        var database = cluster.CreateDatabase();
        using (var log = PostgresEventLog.Open(Address(database), OpenMode.CreateIfMissing))
        {
            log.AppendBatch(Events.Many(2));
        }

        var error = Assert.Throws<PostgresException>(() => Execute(database, "TRUNCATE events;"));

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(2L, Scalar(database, "SELECT count(*) FROM events;"));
    }

    [Theory]
    [InlineData("postgres://", "not a URI")]
    [InlineData("postgres://parley@127.0.0.1:5432/parley?NoSuchSetting=1", "NoSuchSetting")]
    [InlineData("Host=127.0.0.1;NoSuchSetting=1", "cannot be read")]
    public void A_malformed_postgres_address_is_refused_before_any_connection(string value, string problem)
    {
        var error = Assert.Throws<BadDatabaseAddressException>(() => DatabaseAddress.Parse(value));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_uri_and_a_connection_string_name_the_same_database()
    {
        var database = new NpgsqlConnectionStringBuilder(cluster.CreateDatabase());
        var uri = $"postgresql://{database.Username}:{Uri.EscapeDataString(database.Password!)}@{database.Host}:{database.Port}/{database.Database}";

        using (var log = EventLogs.Open(uri, OpenMode.CreateIfMissing))
        {
            log.AppendBatch(Events.Many(4));
        }
        using var again = EventLogs.Open(database.ConnectionString, OpenMode.MustExist);

        Assert.IsType<PostgresEventLog>(again);
        Assert.Equal(4, again.LastSequence);
        Assert.Equal($"postgres://{database.Username}@{database.Host}:{database.Port}/{database.Database}", again.Location);
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
