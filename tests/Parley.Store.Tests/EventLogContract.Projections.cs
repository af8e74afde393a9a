using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using Xunit;

namespace Parley.Store.Tests;

public abstract partial class EventLogContract
{
    [Fact]
    public void Projection_writes_commit_with_their_events_and_read_back_by_kind_and_key()
    {
        using var log = Open(OpenMode.CreateIfMissing);

        log.AppendBatch(Events.Many(2), w =>
        {
            w.UpsertProjection("person", "b", [2]);
            w.UpsertProjection("person", "a", [1]);
            w.UpsertProjection("stage", "1", [9]);
            w.SetProjectedThrough(w.LastSequence);
        });
        log.AppendBatch([Events.Make("t", 3)], w =>
        {
            Assert.Equal([2], w.ReadProjection("person", "b"));
            w.UpsertProjection("person", "b", [22]);
            Assert.Equal([22], w.ReadProjection("person", "b"));
            w.DeleteProjection("stage", "1");
            w.DeleteProjection("stage", "no-such-key");
            w.SetProjectedThrough(w.LastSequence);
        });

        Assert.Equal(3, log.ProjectedThrough);
        Assert.Equal([("a", "01"), ("b", "16")], log.ReadProjections("person").Select(p => (p.Key, Convert.ToHexString(p.Body))));
        Assert.Empty(log.ReadProjections("stage"));
        Assert.Null(log.ReadProjection("stage", "1"));
        Assert.Equal([22], log.ReadProjection("person", "b"));
        Assert.Equal(["person/a", "person/b"], log.ReadAllProjectionsOrdered().Select(p => $"{p.Kind}/{p.Key}"));
    }

    [Fact]
    public void Projected_through_survives_reopening_and_cannot_pass_the_end_of_the_log()
    {
        using (var log = Open(OpenMode.CreateIfMissing))
        {
            log.AppendBatch(Events.Many(4), w => w.SetProjectedThrough(4));
            Assert.Throws<ArgumentOutOfRangeException>(() => log.AppendBatch([], w => w.SetProjectedThrough(5)));
        }
        using (var log = Open(OpenMode.MustExist))
        {
            Assert.Equal(4, log.ProjectedThrough);
        }
    }

    [Fact]
    public void A_projection_writer_refuses_use_after_its_transaction()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        IProjectionWriter? leaked = null;
        log.AppendBatch(Events.Many(1), w => leaked = w);

        Assert.Throws<InvalidOperationException>(() => leaked!.UpsertProjection("k", "k", [1]));
    }

    [Fact]
    public void Replacing_projections_clears_the_old_ones_and_sets_projected_through_to_the_end_of_the_log()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        log.AppendBatch(Events.Many(5), w => w.UpsertProjection("stale", "x", [1]));

        log.ReplaceProjections(w => w.UpsertProjection("fresh", "y", [2]));

        Assert.Equal([("fresh", "y")], log.ReadAllProjectionsOrdered().Select(p => (p.Kind, p.Key)));
        Assert.Equal(5, log.ProjectedThrough);
    }

    [Fact]
    public void A_failing_rebuild_leaves_the_old_projections_in_place()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        log.AppendBatch(Events.Many(5), w => { w.UpsertProjection("old", "x", [1]); w.SetProjectedThrough(5); });

        Assert.Throws<InvalidOperationException>(() => log.ReplaceProjections(w =>
        {
            w.UpsertProjection("new", "y", [2]);
            throw new InvalidOperationException("rebuild bug");
        }));

        Assert.Equal([("old", "x")], log.ReadAllProjectionsOrdered().Select(p => (p.Kind, p.Key)));
        Assert.Equal(5, log.ProjectedThrough);
    }

    [Fact]
    public void Projections_written_incrementally_equal_projections_rebuilt_from_the_log()
    {
        var gEvent = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1000], Gen.Int[0, 3]);
        var gBatches = gEvent.Array[0, 8].Array[1, 10];
        var run = 0;

        gBatches.Sample(batches =>
        {
            Interlocked.Increment(ref run);
            using var log = OpenFresh();
            foreach (var batch in batches)
            {
                var events = batch.Select(e => CounterModel.Event(e.Item1, e.Item2, remove: e.Item3 == 0)).ToArray();
                log.AppendBatch(events, w =>
                {
                    foreach (var e in events)
                    {
                        CounterModel.ApplyIncrementally(w, e);
                    }
                    w.SetProjectedThrough(w.LastSequence);
                });
            }
            var incremental = log.ReadAllProjectionsOrdered().ToList();
            var incrementalThrough = log.ProjectedThrough;

            log.ReplaceProjections(w => CounterModel.Rebuild(w, log.Read()));

            var rebuilt = log.ReadAllProjectionsOrdered().ToList();
            Assert.Equal(incrementalThrough, log.ProjectedThrough);
            Assert.Equal(
                incremental.Select(p => (p.Kind, p.Key, Convert.ToHexString(p.Body))),
                rebuilt.Select(p => (p.Kind, p.Key, Convert.ToHexString(p.Body))));
        }, iter: Iterations, threads: 1);
    }

    /// <summary>
    /// A toy projection: a count per event type, and the latest value per subject (deleted on "removed").
    /// Written once incrementally (reading back its own documents) and once as a rebuild from the whole log.
    /// </summary>
    private static class CounterModel
    {
        public static EventToAppend Event(int subject, int value, bool remove) =>
            new(remove ? "removed" : "set", value, Encoding.UTF8.GetBytes($$"""{"subject":"s{{subject}}","value":{{value}}}"""), null);

        public static void ApplyIncrementally(IProjectionWriter w, EventToAppend e)
        {
            var current = w.ReadProjection("count", e.Type);
            var count = current is null ? 0 : long.Parse(Encoding.ASCII.GetString(current), CultureInfo.InvariantCulture);
            w.UpsertProjection("count", e.Type, Encoding.ASCII.GetBytes((count + 1).ToString(CultureInfo.InvariantCulture)));

            var subject = Subject(e.Public);
            if (e.Type == "removed")
            {
                w.DeleteProjection("subject", subject);
            }
            else
            {
                w.UpsertProjection("subject", subject, e.Public);
            }
        }

        public static void Rebuild(IProjectionWriter w, IEnumerable<StoredEvent> log)
        {
            var counts = new Dictionary<string, long>();
            var subjects = new Dictionary<string, byte[]>();
            foreach (var e in log)
            {
                counts[e.Type] = counts.GetValueOrDefault(e.Type) + 1;
                var subject = Subject(e.Public);
                if (e.Type == "removed")
                {
                    subjects.Remove(subject);
                }
                else
                {
                    subjects[subject] = e.Public;
                }
            }
            foreach (var (type, count) in counts)
            {
                w.UpsertProjection("count", type, Encoding.ASCII.GetBytes(count.ToString(CultureInfo.InvariantCulture)));
            }
            foreach (var (subject, body) in subjects)
            {
                w.UpsertProjection("subject", subject, body);
            }
        }

        private static string Subject(byte[] json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("subject").GetString()!;
        }
    }
}
