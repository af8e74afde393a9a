using System.Diagnostics;
using Xunit;

namespace Parley.Store.Tests;

public sealed partial class SqliteEventLogTests
{
    [Fact]
    public void Opening_a_missing_file_that_must_exist_says_how_to_create_one()
    {
        var error = Assert.Throws<DatabaseNotFoundException>(() => SqliteEventLog.Open(DbPath, OpenMode.MustExist));

        Assert.Equal(DbPath, error.Path);
        Assert.Equal($"no Parley database at {DbPath}; run `parley demo` or `parley apply` to create one, or pass --db", error.Message);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public void Opening_an_empty_file_that_must_exist_reports_no_database()
    {
        File.WriteAllBytes(DbPath, []);
        var error = Assert.Throws<DatabaseNotFoundException>(() => SqliteEventLog.Open(DbPath, OpenMode.MustExist));
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OpenMode.MustExist)]
    [InlineData(OpenMode.CreateIfMissing)]
    public void Opening_a_text_file_reports_not_a_parley_database_and_leaves_the_file_alone(OpenMode mode)
    {
        var text = string.Join('\n', Enumerable.Range(0, 200).Select(i => $"line {i}: this is a shopping list, not a database"));
        File.WriteAllText(DbPath, text);

        var error = Assert.Throws<NotAParleyDatabaseException>(() => SqliteEventLog.Open(DbPath, mode));

        Assert.Equal(DbPath, error.Path);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("not an SQLite file", error.Message, StringComparison.Ordinal);
        Assert.Null(error.ApplicationId);
        Assert.Equal(text, File.ReadAllText(DbPath));
    }

    [Fact]
    public void Opening_the_sqlite_database_of_another_application_reports_not_a_parley_database()
    {
        using (var connection = Sqlite.Connect(DbPath))
        {
            Sqlite.Execute(connection, "PRAGMA application_id = 1234; CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);");
        }

        var error = Assert.Throws<NotAParleyDatabaseException>(() => SqliteEventLog.Open(DbPath, OpenMode.CreateIfMissing));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("another application", error.Message, StringComparison.Ordinal);
        Assert.Equal(1234, error.ApplicationId);
        // Not converted to WAL, nor given Parley's tables.
        Assert.Equal("delete", Sqlite.Scalar(DbPath, "PRAGMA journal_mode;"));
        Assert.Equal(0L, Sqlite.Scalar(DbPath, "SELECT count(*) FROM sqlite_schema WHERE name = 'events';"));
    }

    [Fact]
    public void Opening_an_empty_sqlite_database_of_another_application_reports_not_a_parley_database()
    {
        using (var connection = Sqlite.Connect(DbPath))
        {
            Sqlite.Execute(connection, "PRAGMA application_id = 42;");
        }

        var error = Assert.Throws<NotAParleyDatabaseException>(() => SqliteEventLog.Open(DbPath, OpenMode.MustExist));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Equal(42, error.ApplicationId);
    }

    [Fact]
    public void Opening_a_database_of_a_newer_schema_says_to_upgrade_parley()
    {
        SqliteEventLog.Open(DbPath, OpenMode.CreateIfMissing).Dispose();
        using (var connection = Sqlite.Connect(DbPath))
        {
            Sqlite.Execute(connection, $"PRAGMA user_version = {SqliteSchema.Version + 1};");
        }

        var error = Assert.Throws<NotAParleyDatabaseException>(() => SqliteEventLog.Open(DbPath, OpenMode.MustExist));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade parley", error.Message, StringComparison.Ordinal);
        Assert.Equal(SqliteSchema.Version + 1, error.SchemaVersion);
    }

    public enum Damage
    {
        TruncatedToHalf,
        GarbledMiddlePages,
        GarbledHeader,
    }

    [Theory]
    [InlineData(Damage.TruncatedToHalf)]
    [InlineData(Damage.GarbledMiddlePages)]
    public void Opening_a_damaged_parley_file_reports_it_corrupt(Damage damage)
    {
        WriteLogOfManyPages();
        DamageFile(damage);

        var error = Assert.Throws<DatabaseCorruptException>(() => SqliteEventLog.Open(DbPath, OpenMode.MustExist));

        Assert.Equal(DbPath, error.Path);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("restore it from a backup", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Problems);
    }

    [Fact]
    public void Opening_a_parley_file_with_a_garbled_header_reports_not_a_parley_database()
    {
        WriteLogOfManyPages();
        DamageFile(Damage.GarbledHeader);

        var error = Assert.Throws<NotAParleyDatabaseException>(() => SqliteEventLog.Open(DbPath, OpenMode.MustExist));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Appending_while_another_connection_holds_the_write_lock_fails_as_locked_after_the_busy_timeout()
    {
        SqliteEventLog.Open(DbPath, OpenMode.CreateIfMissing).Dispose();
        using var holder = Sqlite.Connect(DbPath);
        Sqlite.Execute(holder, "BEGIN EXCLUSIVE;");

        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<DatabaseLockedException>(() =>
        {
            using var log = SqliteEventLog.Open(DbPath, OpenMode.MustExist);
            log.AppendBatch([Events.Make("t", 1)]);
        });
        clock.Stop();

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(20));
        Assert.Equal(SqliteEventLog.DefaultBusyTimeout, error.Waited);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("locked by another process", error.Message, StringComparison.Ordinal);

        Sqlite.Execute(holder, "ROLLBACK;");
        using var after = SqliteEventLog.Open(DbPath, OpenMode.MustExist);
        Assert.Equal(1, after.AppendBatch([Events.Make("t", 1)]));
    }

    [Fact]
    public void A_shorter_busy_timeout_gives_up_sooner()
    {
        SqliteEventLog.Open(DbPath, OpenMode.CreateIfMissing).Dispose();
        using var holder = Sqlite.Connect(DbPath);
        Sqlite.Execute(holder, "BEGIN EXCLUSIVE;");
        using var log = SqliteEventLog.Open(DbPath, OpenMode.MustExist, TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        Assert.Throws<DatabaseLockedException>(() => log.AppendBatch([Events.Make("t", 1)]));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(4));
        Assert.Equal(0, log.LastSequence);
    }

    /// <summary>A closed (checkpointed) log big enough that damage in its middle misses the schema page.</summary>
    private void WriteLogOfManyPages()
    {
        using var log = SqliteEventLog.Open(DbPath, OpenMode.CreateIfMissing);
        var padding = new string('x', 400);
        log.AppendBatch(Enumerable.Range(0, 2000)
            .Select(i => new EventToAppend("t", i, System.Text.Encoding.UTF8.GetBytes($$"""{"n":{{i}},"pad":"{{padding}}"}"""), null))
            .ToArray());
    }

    private void DamageFile(Damage damage)
    {
        Assert.False(File.Exists(DbPath + "-wal"), "the log should have been checkpointed on close");
        var bytes = File.ReadAllBytes(DbPath);
        switch (damage)
        {
            case Damage.TruncatedToHalf:
                File.WriteAllBytes(DbPath, bytes.AsSpan(0, bytes.Length / 2).ToArray());
                break;
            case Damage.GarbledMiddlePages:
                new Random(7).NextBytes(bytes.AsSpan(bytes.Length / 3, bytes.Length / 3));
                File.WriteAllBytes(DbPath, bytes);
                break;
            case Damage.GarbledHeader:
                new Random(7).NextBytes(bytes.AsSpan(0, 100));
                File.WriteAllBytes(DbPath, bytes);
                break;
        }
    }
}
