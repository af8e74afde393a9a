using Xunit;

namespace Parley.Store.Tests;

public sealed partial class SqliteEventLogTests
{
    [Fact]
    public void Creating_a_log_writes_the_schema_application_id_and_schema_version()
    {
        using (var log = SqliteEventLog.Open(DbPath, OpenMode.CreateIfMissing))
        {
            Assert.Equal(0, log.LastSequence);
            Assert.Equal(0, log.ProjectedThrough);
            Assert.Equal(DbPath, log.Path);
        }

        using var connection = Sqlite.Connect(DbPath);
        Assert.Equal(0x50524C59L, Sqlite.Scalar(connection, "PRAGMA application_id;"));
        Assert.Equal(SqliteSchema.Version, Sqlite.Scalar(connection, "PRAGMA user_version;"));
        Assert.Equal("wal", Sqlite.Scalar(connection, "PRAGMA journal_mode;"));
        foreach (var table in new[] { "events", "meta", "projections" })
        {
            Assert.Equal(1L, Sqlite.Scalar(connection, $"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '{table}';"));
        }
        Assert.Equal(3L, Sqlite.Scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'events';"));
        Assert.Equal(0L, Sqlite.Scalar(connection, "SELECT value FROM meta WHERE key = 'projected_through';"));
    }

    [Fact]
    public void Creating_a_log_creates_missing_parent_directories()
    {
        var nested = _temp.File(Path.Combine("a", "b", "parley.db"));
        using var log = SqliteEventLog.Open(nested, OpenMode.CreateIfMissing);
        Assert.True(File.Exists(nested));
    }

    [Fact]
    public void Reopening_an_existing_log_keeps_its_events_and_does_not_recreate_the_schema()
    {
        using (var log = SqliteEventLog.Open(DbPath, OpenMode.CreateIfMissing))
        {
            log.AppendBatch(Events.Many(3));
        }
        using (var log = SqliteEventLog.Open(DbPath, OpenMode.MustExist))
        {
            Assert.Equal(3, log.LastSequence);
            Assert.Equal(3, log.Read().Count());
        }
    }

    [Fact]
    public void An_empty_file_is_initialised_when_creation_is_allowed()
    {
        File.WriteAllBytes(DbPath, []);
        using var log = SqliteEventLog.Open(DbPath, OpenMode.CreateIfMissing);
        Assert.Equal(1, log.AppendBatch([Events.Make("t", 1)]));
    }
}
