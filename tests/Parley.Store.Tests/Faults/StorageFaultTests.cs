using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Store.Domain;
using Parley.Store.PublicRecord;
using Xunit;

namespace Parley.Store.Tests.Faults;

/// <summary>
/// Issue 11, faults: a write the disk refuses is rolled back whole with an error that says what happened; everything
/// acknowledged before it stays; the writer reports itself failing, and writes again once the cause is gone.
/// A database size limit (<c>PRAGMA max_page_count</c>) stands for the full disk here: SQLite answers both with
/// <c>SQLITE_FULL</c>. The server's test on a real full tmpfs is in Parley.Server.Tests (DiskFullTests).
/// </summary>
public sealed class StorageFaultTests : IDisposable
{
    private static readonly Actor Mediator = new(ActorRole.Mediator, "token:m");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task a_full_database_refuses_the_batch_with_a_clear_error_keeps_what_was_acknowledged_and_writes_again_once_there_is_room()
    {
        var path = _temp.File("full.db");
        var cancel = TestContext.Current.CancellationToken;
        long acknowledged;
        StorageFailedException? refused = null;
        await using (var store = ParleyStore.Open(path, OpenMode.CreateIfMissing))
        {
            Assert.True((await store.ExecuteAsync(new RegisterParty("RU", "Russian Federation"), Mediator, cancel)).Accepted);
            Assert.Equal(WriterState.Ok, store.WriterHealth.State);
            Limit(store, Scalar(store, "PRAGMA page_count;"));
            acknowledged = store.Log.LastSequence;
            for (var n = 0; n < 500 && refused is null; n++)
            {
                try
                {
                    var outcome = await store.ExecuteAsync(new RegisterParty($"P{n:D4}", "Party " + new string('x', 400)), Mediator, cancel);
                    Assert.True(outcome.Accepted, outcome.Reason);
                    acknowledged = outcome.LastSequence;
                }
                catch (StorageFailedException e)
                {
                    refused = e;
                }
            }
            Assert.NotNull(refused);
            Assert.Equal(StorageFailure.DiskFull, refused.Failure);
            Assert.Contains("is full; nothing of this write was recorded", refused.Message, StringComparison.Ordinal);
            var health = store.WriterHealth;
            Assert.Equal(WriterState.Failing, health.State);
            Assert.Equal("disk full", health.Cause);
            Assert.Equal(acknowledged, health.LastDurableSequence);
            Assert.Equal(acknowledged, store.Log.LastSequence);

            Limit(store, 1_000_000_000);
            var after = await store.ExecuteAsync(new RegisterParty("UA", "Ukraine"), Mediator, cancel);
            Assert.True(after.Accepted, after.Reason);
            Assert.Equal(acknowledged + 1, after.FirstSequence);
            Assert.Equal(WriterState.Ok, store.WriterHealth.State);
            acknowledged = after.LastSequence;
        }

        // Reopened: the log is gapless through the last acknowledged event, replays, and its tree covers every event.
        using (var reopened = ParleyStore.Open(path, OpenMode.MustExist))
        {
            Assert.Equal(acknowledged, reopened.Log.LastSequence);
            Assert.Equal(Enumerable.Range(1, (int)acknowledged).Select(i => (long)i), reopened.Log.Read().Select(e => e.Sequence));
            Assert.True(reopened.State.Parties.ContainsKey("UA"));
        }
        using var log = PublicLog.Open(path);
        Assert.Equal(acknowledged, log.TreeSize);
    }

    /// <remarks>
    /// A mounted file system cannot be remounted read-only while the server holds the database open for writing, so
    /// <c>PRAGMA query_only</c> stands for it: SQLite answers both with <c>SQLITE_READONLY</c>.
    /// </remarks>
    [Fact]
    public async Task a_read_only_database_refuses_the_batch_with_a_clear_error_and_writes_again_once_writable()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var store = ParleyStore.Open(_temp.File("read-only.db"), OpenMode.CreateIfMissing);
        Assert.True((await store.ExecuteAsync(new RegisterParty("RU", "Russian Federation"), Mediator, cancel)).Accepted);
        Pragma(store, "PRAGMA query_only = 1;");

        var refused = await Assert.ThrowsAsync<StorageFailedException>(() => store.ExecuteAsync(new RegisterParty("UA", "Ukraine"), Mediator, cancel));

        Assert.Equal(StorageFailure.ReadOnly, refused.Failure);
        Assert.Contains("read-only file system (or the file is read-only); nothing of this write was recorded", refused.Message, StringComparison.Ordinal);
        Assert.Equal("read-only file system", store.WriterHealth.Cause);
        Assert.Equal(1, store.Log.LastSequence);
        Pragma(store, "PRAGMA query_only = 0;");
        var after = await store.ExecuteAsync(new RegisterParty("UA", "Ukraine"), Mediator, cancel);
        Assert.Equal(2, after.FirstSequence);
        Assert.Equal(WriterState.Ok, store.WriterHealth.State);
    }

    [Fact]
    public async Task the_writer_reports_itself_stopped_once_the_store_is_closed()
    {
        var store = ParleyStore.Open(_temp.File("closed.db"), OpenMode.CreateIfMissing);
        Assert.True((await store.ExecuteAsync(new RegisterParty("RU", "Russian Federation"), Mediator, TestContext.Current.CancellationToken)).Accepted);
        await store.DisposeAsync();
        var health = store.WriterHealth;
        Assert.Equal(WriterState.Stopped, health.State);
        Assert.Equal(1, health.LastDurableSequence);
    }

    private static void Limit(ParleyStore store, long pages) => Pragma(store, $"PRAGMA max_page_count = {pages};");

    private static void Pragma(ParleyStore store, string sql)
    {
        using var command = ((SqliteEventLog)store.Log).Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteScalar();
    }

    private static long Scalar(ParleyStore store, string sql)
    {
        using var command = ((SqliteEventLog)store.Log).Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
