using System.Data.Common;
using Xunit;

namespace Parley.Store.Tests;

public abstract partial class EventLogContract
{
    [Fact]
    public void Appended_events_read_back_byte_for_byte_with_sequence_numbers_from_one()
    {
        var appended = Events.Many(10);
        using var log = Open(OpenMode.CreateIfMissing);

        Assert.Equal(10, log.AppendBatch(appended));

        var read = log.Read().ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), read.Select(e => e.Sequence));
        for (var i = 0; i < appended.Length; i++)
        {
            Assert.Equal(appended[i].Type, read[i].Type);
            Assert.Equal(appended[i].RecordedAtUnixMs, read[i].RecordedAtUnixMs);
            Assert.Equal(appended[i].Public, read[i].Public);
            Assert.Equal(appended[i].Private, read[i].Private);
        }
        Assert.Contains(read, e => e.Private is null);
    }

    [Fact]
    public void Reading_from_a_sequence_starts_at_that_sequence()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        log.AppendBatch(Events.Many(10));
        Assert.Equal([7L, 8L, 9L, 10L], log.Read(7).Select(e => e.Sequence));
        Assert.Empty(log.Read(11));
    }

    [Fact]
    public void Reading_by_type_gives_only_those_types_from_the_sequence_on_byte_for_byte()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        var appended = Events.Many(30).Append(Events.Make("it's \"odd\"", 30)).ToArray();
        log.AppendBatch(appended);

        var read = log.ReadOfTypes(4, ["stage-planned", "it's \"odd\"", "never-written"]).ToList();

        var expected = appended.Select((e, i) => (Event: e, Sequence: i + 1L))
            .Where(x => x.Sequence >= 4 && x.Event.Type != "person-listed").ToList();
        Assert.Equal(expected.Select(x => x.Sequence), read.Select(e => e.Sequence));
        Assert.Equal(expected.Select(x => x.Event.Public), read.Select(e => e.Public));
        Assert.Equal(expected.Select(x => x.Event.Private), read.Select(e => e.Private));
        Assert.Empty(log.ReadOfTypes(1, []));
    }

    [Fact]
    public void Sequence_numbers_stay_gapless_across_batches_and_reopening()
    {
        using (var log = Open(OpenMode.CreateIfMissing))
        {
            Assert.Equal(5, log.AppendBatch(Events.Many(5)));
            Assert.Equal(5, log.AppendBatch([]));
            Assert.Equal(12, log.AppendBatch(Events.Many(7, start: 5)));
        }
        using (var log = Open(OpenMode.MustExist))
        {
            Assert.Equal(12, log.LastSequence);
            Assert.Equal(13, log.AppendBatch([Events.Make("t", 99)]));
            Assert.Equal(Enumerable.Range(1, 13).Select(i => (long)i), log.Read().Select(e => e.Sequence));
        }
    }

    [Fact]
    public void A_read_in_progress_sees_a_snapshot_while_appends_continue()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        log.AppendBatch(Events.Many(100));
        using var enumerator = log.Read().GetEnumerator();
        Assert.True(enumerator.MoveNext());

        log.AppendBatch(Events.Many(100, start: 100));

        var count = 1;
        while (enumerator.MoveNext())
        {
            count++;
        }
        Assert.Equal(100, count);
        Assert.Equal(200, log.Read().Count());
    }

    [Theory]
    [InlineData("UPDATE events SET type = 'forged' WHERE seq = 1;", "UPDATE is not allowed")]
    [InlineData("DELETE FROM events WHERE seq = 1;", "DELETE is not allowed")]
    [InlineData("INSERT INTO events(seq, type, recorded_at, public) VALUES(5, 't', 0, {blob});", "gapless")]
    [InlineData("INSERT INTO events(type, recorded_at, public) VALUES('t', 0, {blob});", "gapless")]
    public void The_database_itself_rejects_rewriting_deleting_or_skipping_events(string sql, string reason)
    {
        using (var log = Open(OpenMode.CreateIfMissing))
        {
            log.AppendBatch(Events.Many(2));
        }

        var error = Assert.ThrowsAny<DbException>(() => ExecuteRaw(sql.Replace("{blob}", BlobLiteral, StringComparison.Ordinal)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(2L, Convert.ToInt64(ScalarRaw("SELECT count(*) FROM events;"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("person-listed", ScalarRaw("SELECT type FROM events WHERE seq = 1;"));
    }

    [Fact]
    public void A_failing_projection_action_rolls_back_the_events_of_its_batch()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        log.AppendBatch(Events.Many(3), w => w.UpsertProjection("count", "all", [3]));

        var error = Assert.Throws<InvalidOperationException>(() => log.AppendBatch(Events.Many(4, start: 3), w =>
        {
            w.UpsertProjection("count", "all", [7]);
            throw new InvalidOperationException("projection bug");
        }));

        Assert.Equal("projection bug", error.Message);
        Assert.Equal(3, log.LastSequence);
        Assert.Equal(3, log.Read().Count());
        Assert.Equal([3], log.ReadProjection("count", "all"));
        Assert.Equal(4, log.AppendBatch([Events.Make("t", 4)]));
    }

    [Fact]
    public void Events_are_validated_before_anything_is_written()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        Assert.Throws<ArgumentException>(() => new EventToAppend(" ", 0, [], null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventToAppend("t", -1, [], null));
        Assert.Throws<ArgumentNullException>(() => new EventToAppend("t", 0, null!, null));
        Assert.Throws<ArgumentException>(() => Events.Make("t", 1) with { Type = "" });
        Assert.Throws<ArgumentException>(() => log.AppendBatch([Events.Make("t", 1), null!]));
        Assert.Equal(0, log.LastSequence);
    }

    [Fact]
    public void A_disposed_log_refuses_use()
    {
        var log = Open(OpenMode.CreateIfMissing);
        log.Dispose();
        log.Dispose();
        Assert.Throws<ObjectDisposedException>(() => log.AppendBatch([Events.Make("t", 1)]));
        Assert.Throws<ObjectDisposedException>(() => log.Read());
    }
}
