using System.Text;
using System.Text.Json.Nodes;
using Parley.Core.Commands;
using Parley.Core.State;
using Parley.Demo;
using Parley.Store.Domain;
using Parley.Store.Snapshots;
using Xunit;

namespace Parley.Store.Tests.Domain;

// State snapshots (issue 17, docs/operations.md "State snapshots"), on each store.
public abstract partial class ParleyStoreContract
{
    /// <summary>Runs SQL straight on this test's database, past the store, as a tamperer (or an older Parley) would.</summary>
    protected abstract void ExecuteRaw(string sql, params (string Name, object Value)[] parameters);

    /// <summary>The first column of every row of a query on this test's database, as bytes.</summary>
    protected abstract IReadOnlyList<byte[]> BlobsRaw(string sql);

    /// <summary>Another blank database, and the settings a store on it is opened with.</summary>
    protected abstract (string Database, StoreSettings? Settings) Other();

    private StoreSettings Noting(StringWriter notices, StoreSettings? settings = null) =>
        (settings ?? Settings ?? new StoreSettings()) with { Notices = notices, SnapshotEvery = long.MaxValue };

    private static readonly Lazy<IReadOnlyList<IssuedCommand>> Demo = new(() => IstanbulDemo.Commands());

    /// <summary>The state as plain JSON of the domain's own types (not the snapshot's contract), for comparing states.</summary>
    private static string Render(ParleyState state) => Encoding.UTF8.GetString(Tests.Snapshots.SnapshotFormatTests.Plain(state));

    [Fact]
    public void A_store_opened_on_a_snapshot_holds_the_state_a_replay_of_the_whole_log_gives_and_decides_the_same()
    {
        var half = Demo.Value.Count / 2;
        var notices = new StringWriter();
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(notices)))
        {
            Assert.All(store.Execute(Demo.Value.Take(half).ToList()), o => Assert.True(o.Accepted, o.Reason));
            Assert.NotNull(store.WriteSnapshot());
            Assert.All(store.Execute(Demo.Value.Skip(half).Take(10).ToList()), o => Assert.True(o.Accepted, o.Reason));
        }

        using var reopened = ParleyStore.Open(Database, OpenMode.MustExist, settings: Noting(notices));
        var (_, from) = ParleyStore.ReadState(reopened.Log);
        Assert.True(from > 0 && from < reopened.Log.LastSequence, $"snapshot at {from}, log at {reopened.Log.LastSequence}");
        Assert.Equal(Render(ParleyStore.Replay(reopened.Log)), Render(reopened.State));
        Assert.All(reopened.Execute(Demo.Value.Skip(half + 10).ToList()), o => Assert.True(o.Accepted, o.Reason));
        Assert.Equal(Render(ParleyStore.Replay(reopened.Log)), Render(reopened.State));
        Assert.Empty(notices.ToString());
    }

    [Fact]
    public void Opening_on_a_snapshot_reads_only_the_events_after_it()
    {
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(new StringWriter())))
        {
            Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
            Assert.NotNull(store.WriteSnapshot());
            Assert.True(store.Execute(new ListPersons("x", Core.Side.A, [RosterEntry.Of("p1", Person())])).Accepted);
        }
        using var log = EventLogs.Open(Database, OpenMode.MustExist);
        var counting = new CountingLog(log);

        var (state, from) = ParleyStore.ReadState(counting);

        Assert.Equal(5, from);
        Assert.Equal(log.LastSequence - from, counting.EventsRead);
        Assert.Equal(log.LastSequence, state.Version);
        Assert.True(state.Exchanges["x"].Persons.ContainsKey("p1"));
    }

    [Fact]
    public void A_replay_whose_reading_fails_throws_the_store_s_own_error_not_a_wrapped_one()
    {
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Settings))
        {
            Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
        }
        using var log = EventLogs.Open(Database, OpenMode.MustExist);
        var failing = new CountingLog(log, failAfter: 2);

        var error = Assert.Throws<DatabaseCorruptException>(() => ParleyStore.Replay(failing));

        Assert.Contains("page 7 is damaged", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE snapshots SET format = 999;", "is in format 999")]
    [InlineData("UPDATE snapshots SET root = @zeros;", "is not of this log")]
    [InlineData("UPDATE snapshots SET body = @zeros;", "is damaged")]
    [InlineData("UPDATE snapshots SET version = 3;", "is not of this log")]
    public void A_snapshot_of_another_format_or_bound_to_another_log_or_damaged_is_ignored_said_once_and_the_whole_log_replayed(string tamper, string said)
    {
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(new StringWriter())))
        {
            Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
            Assert.NotNull(store.WriteSnapshot());
        }
        ExecuteRaw(tamper, ("@zeros", new byte[32]));
        var notices = new StringWriter();

        using var reopened = ParleyStore.Open(Database, OpenMode.MustExist, settings: Noting(notices));

        Assert.Equal(Render(ParleyStore.Replay(reopened.Log)), Render(reopened.State));
        Assert.Equal(0, ParleyStore.ReadState(reopened.Log).SnapshotVersion);
        var lines = notices.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(said, Assert.Single(lines));
        Assert.Contains("replaying the whole log", lines[0]);
    }

    [Fact]
    public void A_snapshot_whose_part_the_events_after_it_need_cannot_be_read_is_ignored_said_and_the_whole_log_replayed()
    {
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(new StringWriter())))
        {
            Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
            Assert.True(store.Execute(new ListPersons("x", Core.Side.A, [RosterEntry.Of("p-1", Person())])).Accepted);
            Assert.NotNull(store.WriteSnapshot());
            Assert.True(store.Execute(new ListPersons("x", Core.Side.A, [RosterEntry.Of("p-2", Person())])).Accepted);
        }
        var document = JsonNode.Parse(Tests.Snapshots.SnapshotFormatTests.Decompressed(Assert.Single(BlobsRaw("SELECT body FROM snapshots;"))))!;
        document["exchanges"]![0]!["lists"] = Convert.ToBase64String([1, 2, 3]);
        ExecuteRaw("UPDATE snapshots SET body = @body;", ("@body", Tests.Snapshots.SnapshotFormatTests.Compressed(document.ToJsonString())));
        var notices = new StringWriter();

        using var reopened = ParleyStore.Open(Database, OpenMode.MustExist, settings: Noting(notices));

        Assert.Equal(2, reopened.State.Exchanges["x"].Persons.Count);
        Assert.Equal(Render(ParleyStore.Replay(reopened.Log)), Render(reopened.State));
        var said = Assert.Single(notices.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("lists of exchange x cannot be read", said, StringComparison.Ordinal);
        Assert.Contains("replaying the whole log", said, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_whose_state_the_events_after_it_do_not_apply_to_is_ignored_and_the_whole_log_replayed()
    {
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(new StringWriter())))
        {
            Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
            Assert.NotNull(store.WriteSnapshot());
            Assert.True(store.Execute(new ListPersons("x", Core.Side.A, [RosterEntry.Of("p1", Person())])).Accepted);
        }
        // Well-formed, of the right version and bound to this log, but the state of nothing: the listing cannot follow it.
        ExecuteRaw("UPDATE snapshots SET body = @body;", ("@body", SnapshotFormat.Encode(ParleyState.Empty with { Version = 5 })));
        var notices = new StringWriter();

        using var reopened = ParleyStore.Open(Database, OpenMode.MustExist, settings: Noting(notices));

        Assert.Contains("does not apply to it", notices.ToString());
        Assert.Equal(Render(ParleyStore.Replay(reopened.Log)), Render(reopened.State));
        Assert.True(reopened.State.Exchanges["x"].Persons.ContainsKey("p1"));
    }

    [Fact]
    public void A_snapshot_copied_from_another_log_is_ignored_and_the_whole_log_replayed()
    {
        var (other, otherSettings) = Other();
        using (var store = ParleyStore.Open(other, OpenMode.CreateIfMissing, settings: Noting(new StringWriter(), otherSettings)))
        {
            // The same commands, so the same state: only the binding to the log tells the snapshot apart.
            Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
            Assert.NotNull(store.WriteSnapshot());
        }
        StoredSnapshot foreign;
        using (var log = EventLogs.Open(other, OpenMode.MustExist))
        {
            foreign = log.ReadNewestSnapshot()!;
        }
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(new StringWriter())))
        {
            Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
        }
        ExecuteRaw("INSERT INTO snapshots(version, format, root, body, created_at) VALUES(@version, @format, @root, @body, 0);",
            ("@version", foreign.Version), ("@format", foreign.Format), ("@root", foreign.Root), ("@body", foreign.Body));
        var notices = new StringWriter();

        using var reopened = ParleyStore.Open(Database, OpenMode.MustExist, settings: Noting(notices));

        Assert.Contains("is not of this log", notices.ToString());
        Assert.Equal(Render(ParleyStore.Replay(reopened.Log)), Render(reopened.State));
    }

    [Fact]
    public void A_store_opened_on_a_snapshot_reads_an_exchanges_lists_only_for_a_command_that_needs_them_and_those_of_no_other_exchange()
    {
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(new StringWriter())))
        {
            Assert.All(store.Execute([.. Setup("5 for 5"), new OpenExchange("y", "a1", "RU", "UA")]), o => Assert.True(o.Accepted, o.Reason));
            Assert.True(store.Execute(new ListPersons("x", Core.Side.A, [RosterEntry.Of("p-1", Person())])).Accepted);
            Assert.True(store.Execute(new ListPersons("y", Core.Side.A, [RosterEntry.Of("p-2", Person())])).Accepted);
            Assert.NotNull(store.WriteSnapshot());
        }

        using var reopened = ParleyStore.Open(Database, OpenMode.MustExist, settings: Noting(new StringWriter()));
        Assert.False(reopened.State.Exchanges["x"].UnchangedStoredLists!.IsRead);
        Assert.False(reopened.State.Exchanges["y"].UnchangedStoredLists!.IsRead);
        // An id that cannot be a name: the screen of public text is not built, so no list is read for it.
        var outcome = reopened.Execute(new ListPersons("x", Core.Side.A, [RosterEntry.Of("p-3", Person())]));

        Assert.True(outcome.Accepted, outcome.Reason);
        Assert.Equal(2, reopened.State.Exchanges["x"].Persons.Count);
        Assert.False(reopened.State.Exchanges["y"].UnchangedStoredLists!.IsRead);
        // A public text that names someone on y's list is still refused: the screen is built then, from every list.
        var named = reopened.Execute(new PostEntry("e1", "x", "Today Test Testenko came home."));
        Assert.False(named.Accepted);
        Assert.Contains("names", named.Reason ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_erasure_leaves_no_snapshot_that_holds_the_erased_peoples_names()
    {
        using var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(new StringWriter()));
        Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
        Assert.True(store.Execute(new ListPersons("x", Core.Side.A, [RosterEntry.Of("p1", Person())])).Accepted);
        Assert.NotNull(store.WriteSnapshot());
        Assert.Contains(Snapshots(), body => body.Contains("Тестенко", StringComparison.Ordinal));

        Assert.True(store.Execute(new EraseExchange("x", Force: true, Reason: "The test erases it.")).Accepted);

        Assert.Empty(Snapshots());
        // The next snapshot is of the erased state: it holds no name either.
        Assert.NotNull(store.WriteSnapshot());
        var after = Assert.Single(Snapshots());
        Assert.DoesNotContain("Тестенко", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Тест", after, StringComparison.Ordinal);
    }

    [Fact]
    public void After_an_erasure_the_store_writes_a_snapshot_of_the_erased_state_so_the_next_open_replays_only_a_tail()
    {
        using (var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Noting(new StringWriter())))
        {
            Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
            Assert.True(store.Execute(new ListPersons("x", Core.Side.A, [RosterEntry.Of("p1", Person())])).Accepted);
            Assert.NotNull(store.WriteSnapshot());
        }
        using (var store = ParleyStore.Open(Database, OpenMode.MustExist, settings: (Settings ?? new StoreSettings()) with { Notices = new StringWriter(), SnapshotEvery = 3 }))
        {
            // One event past the snapshot, fewer than SnapshotEvery: only the erasure makes a new one due.
            Assert.True(store.Execute(new EraseExchange("x", Force: true, Reason: "The test erases it.")).Accepted);
        }

        using var log = EventLogs.Open(Database, OpenMode.MustExist);
        var newest = log.ReadNewestSnapshot();
        Assert.NotNull(newest);
        Assert.Equal(log.LastSequence, newest.Version);
        Assert.DoesNotContain(Snapshots(), body => body.Contains("Тест", StringComparison.Ordinal));
    }

    /// <summary>Every stored snapshot's bytes, decompressed, as text, with the parts inside it (lists, matching) decompressed after it.</summary>
    private List<string> Snapshots() => [.. BlobsRaw("SELECT body FROM snapshots;").Select(WithParts)];

    private static string WithParts(byte[] body)
    {
        var text = new StringBuilder(Tests.Snapshots.SnapshotFormatTests.Decompressed(body));
        var document = JsonNode.Parse(text.ToString())!;
        var parts = document["exchanges"]!.AsArray().Select(x => x!["lists"]!).Concat(document["matching"]!.AsArray().Select(m => m!["body"]!));
        foreach (var part in parts)
        {
            text.Append('\n').Append(Tests.Snapshots.SnapshotFormatTests.Decompressed(Convert.FromBase64String(part.GetValue<string>())));
        }
        return text.ToString();
    }

    /// <summary>A real log that counts the events read through it; with <paramref name="failAfter"/>, reading past that many fails as damage would.</summary>
    private sealed class CountingLog(IEventLog log, long failAfter = long.MaxValue) : IEventLog
    {
        public long EventsRead { get; private set; }

        public string Location => log.Location;

        public long LastSequence => log.LastSequence;

        public long ProjectedThrough => log.ProjectedThrough;

        public bool HasLedger => log.HasLedger;

        public IEnumerable<StoredEvent> Read(long fromSequence = 1)
        {
            foreach (var e in log.Read(fromSequence))
            {
                if (EventsRead++ == failAfter)
                {
                    throw new DatabaseCorruptException(log.Location, ["page 7 is damaged"]);
                }
                yield return e;
            }
        }

        public IEnumerable<StoredEvent> ReadOfTypes(long fromSequence, IReadOnlyCollection<string> types)
        {
            foreach (var e in log.ReadOfTypes(fromSequence, types))
            {
                EventsRead++;
                yield return e;
            }
        }

        public long AppendBatch(IReadOnlyList<EventToAppend> events, Action<IProjectionWriter>? project = null) => log.AppendBatch(events, project);

        public long AppendDecided(Func<AppendTurn, DecidedBatch> decide) => log.AppendDecided(decide);

        public void ReplaceProjections(Action<IProjectionWriter> writeAll) => log.ReplaceProjections(writeAll);

        public byte[]? ReadProjection(string kind, string key) => log.ReadProjection(kind, key);

        public IEnumerable<(string Key, byte[] Body)> ReadProjections(string kind) => log.ReadProjections(kind);

        public IEnumerable<(string Kind, string Key, byte[] Body)> ReadAllProjectionsOrdered() => log.ReadAllProjectionsOrdered();

        public StoredSnapshot? ReadNewestSnapshot() => log.ReadNewestSnapshot();

        public bool WriteSnapshot(long version, int format, byte[] body) => log.WriteSnapshot(version, format, body);

        public IDisposable AcquireWriterLock(TimeSpan wait) => log.AcquireWriterLock(wait);

        public void Dispose()
        {
        }
    }
}
