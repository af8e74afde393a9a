using Xunit;

namespace Parley.Store.Tests;

public sealed partial class SqliteEventLogTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public void Opening_a_file_never_checked_checks_its_pages_and_remembers_when()
    {
        WriteLogOfManyPages();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        SqliteEventLog.Open(DbPath, OpenMode.MustExist).Dispose();

        Assert.InRange(LastIntegrityCheck(), before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public void Opening_a_file_checked_within_the_interval_does_not_check_it_again()
    {
        WriteLogOfManyPages();
        var anHourAgo = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
        SetLastIntegrityCheck(anHourAgo);

        SqliteEventLog.Open(DbPath, OpenMode.MustExist, SqliteEventLog.DefaultBusyTimeout, Day).Dispose();

        Assert.Equal(anHourAgo, LastIntegrityCheck());
    }

    [Theory]
    [InlineData(-49)]
    [InlineData(+49)]
    public void Opening_a_file_whose_last_check_is_older_than_the_interval_or_in_the_future_checks_it_again(int hours)
    {
        WriteLogOfManyPages();
        SetLastIntegrityCheck(DateTimeOffset.UtcNow.AddHours(hours).ToUnixTimeSeconds());
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        SqliteEventLog.Open(DbPath, OpenMode.MustExist, SqliteEventLog.DefaultBusyTimeout, Day).Dispose();

        Assert.InRange(LastIntegrityCheck(), before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public void Opening_with_a_zero_interval_checks_even_a_file_checked_a_moment_ago()
    {
        WriteLogOfManyPages();
        var aMinuteAgo = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds();
        SetLastIntegrityCheck(aMinuteAgo);

        SqliteEventLog.Open(DbPath, OpenMode.MustExist, SqliteEventLog.DefaultBusyTimeout, TimeSpan.Zero).Dispose();

        Assert.True(LastIntegrityCheck() > aMinuteAgo);
    }

    [Fact]
    public void A_damaged_file_whose_last_check_is_past_the_interval_is_reported_corrupt()
    {
        WriteLogOfManyPages();
        SetLastIntegrityCheck(DateTimeOffset.UtcNow.AddDays(-2).ToUnixTimeSeconds());
        DamageFile(Damage.GarbledMiddlePages);

        var error = Assert.Throws<DatabaseCorruptException>(() => SqliteEventLog.Open(DbPath, OpenMode.MustExist, SqliteEventLog.DefaultBusyTimeout, Day));

        Assert.Equal(DbPath, error.Path);
        Assert.NotEmpty(error.Problems);
    }

    private long LastIntegrityCheck() =>
        RawRecord.Scalar(DbPath, $"SELECT value FROM meta WHERE key = '{SqliteSchema.IntegrityCheckedKey}';");

    /// <summary>Writes the stamp and leaves no WAL behind (the damage helpers write the main file).</summary>
    private void SetLastIntegrityCheck(long unixSeconds)
    {
        using (var connection = Sqlite.Connect(DbPath))
        {
            Sqlite.Execute(connection, $"INSERT INTO meta(key, value) VALUES('{SqliteSchema.IntegrityCheckedKey}', {unixSeconds}) ON CONFLICT(key) DO UPDATE SET value = excluded.value;");
        }
        Assert.False(File.Exists(DbPath + "-wal"), "the stamp should have been checkpointed on close");
    }
}
