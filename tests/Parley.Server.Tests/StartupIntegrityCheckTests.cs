using Parley.Server.Tests.Support;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Server.Tests;

/// <summary>
/// Issue 17, start-up: the command line checks an SQLite file's pages at most once a day, but a server, which runs for
/// long and writes for both sides, checks them whenever it starts.
/// </summary>
public sealed class StartupIntegrityCheckTests
{
    [Fact]
    public async Task A_server_checks_every_page_of_its_file_when_it_starts_even_if_the_command_line_checked_it_an_hour_ago()
    {
        using var folder = new TempFolder("parley-startup-check");
        var database = folder.File("parley.db");
        ParleyStore.Open(database, OpenMode.CreateIfMissing, settings: new StoreSettings { Notices = TextWriter.Null }).Dispose();
        var anHourAgo = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
        RawRecord.Execute(database, $"INSERT INTO meta(key, value) VALUES('integrity_checked_at', {anHourAgo}) ON CONFLICT(key) DO UPDATE SET value = excluded.value;");
        SqliteEventLog.Open(database, OpenMode.MustExist).Dispose();
        Assert.Equal(anHourAgo, LastCheck(database));

        await using (await RunningServer.StartNodeAsync(database, Store.PublicRecord.LogKey.PathFor(database), demo: false))
        {
            Assert.True(LastCheck(database) > anHourAgo);
        }
    }

    private static long LastCheck(string database) =>
        RawRecord.Scalar(database, "SELECT value FROM meta WHERE key = 'integrity_checked_at';");
}
