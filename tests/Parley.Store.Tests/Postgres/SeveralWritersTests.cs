using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Store.Domain;
using Parley.Store.Tests.Domain;
using Xunit;

namespace Parley.Store.Tests.Postgres;

/// <summary>
/// Several stores (one per server node) writing to one PostgreSQL database: each decides its batches in its append turn,
/// after the others' events, so the log stays one gapless sequence and no command is decided against a stale state.
/// </summary>
public sealed class SeveralWritersTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _database = cluster.CreateDatabase();

    private StoreSettings Settings => new() { LogKeyPath = _temp.File("log.key") };

    [Fact]
    public async Task Two_stores_listing_the_same_people_at_once_accept_each_person_exactly_once_and_end_in_the_same_state()
    {
        await using var first = ParleyStore.Open(_database, OpenMode.CreateIfMissing, settings: Settings);
        Assert.All(first.Execute(ParleyStoreContract.Setup("1000 for 1000")), o => Assert.True(o.Accepted, o.Reason));
        await using var second = ParleyStore.Open(_database, OpenMode.MustExist, settings: Settings);
        var token = TestContext.Current.CancellationToken;

        // Both stores are sent the same 150 people, each in its own order, at once: a store that decided against a state
        // without the other's events would list someone twice.
        var people = Enumerable.Range(1, 150).Select(n => $"p{n}").ToList();
        var fromFirst = people.Select(p => first.ExecuteAsync(List(p), cancellationToken: token));
        var fromSecond = people.AsEnumerable().Reverse().Select(p => second.ExecuteAsync(List(p), cancellationToken: token));
        var outcomes = await Task.WhenAll(fromFirst.Concat(fromSecond));

        Assert.Equal(150, outcomes.Count(o => o.Accepted));
        Assert.All(outcomes.Where(o => !o.Accepted), o => Assert.Contains("already on a list", o.Reason, StringComparison.Ordinal));
        var sequences = first.Log.Read().Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), sequences);
        first.CatchUp();
        second.CatchUp();
        var replayed = ParleyStore.Replay(first.Log);
        Assert.Equal(replayed.Version, first.State.Version);
        Assert.Equal(replayed.Version, second.State.Version);
        Assert.Equal(150, replayed.Exchanges["x"].Persons.Count);
        var summary = ExchangeSummary.Of(replayed.Exchanges["x"]);
        Assert.Equal(summary, ExchangeSummary.Of(first.State.Exchanges["x"]), ParleyStoreContract.SummaryComparer.Instance);
        Assert.Equal(summary, ExchangeSummary.Of(second.State.Exchanges["x"]), ParleyStoreContract.SummaryComparer.Instance);
    }

    [Fact]
    public async Task Two_stores_writing_snapshots_at_once_leave_one_per_version_and_the_newest_wins()
    {
        var quiet = Settings with { Notices = TextWriter.Null, SnapshotEvery = long.MaxValue };
        using var first = ParleyStore.Open(_database, OpenMode.CreateIfMissing, settings: quiet);
        using var second = ParleyStore.Open(_database, OpenMode.MustExist, settings: quiet);
        Assert.All(first.Execute(ParleyStoreContract.Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
        second.CatchUp();
        var older = first.State.Version;
        Assert.True(first.Execute(List("p1")).Accepted);

        // The second store is behind by one event: its snapshot, written beside the first's, is refused once the newer is in.
        var written = await Task.WhenAll(Task.Run(first.WriteSnapshot), Task.Run(second.WriteSnapshot));

        Assert.NotNull(written[0]);
        Assert.Equal(older, second.State.Version);
        var newest = first.Log.ReadNewestSnapshot()!;
        Assert.Equal(first.State.Version, newest.Version);
        Assert.Equal(newest.LogRoot, newest.Root);
        Assert.Null(second.WriteSnapshot());
    }

    [Fact]
    public void A_store_takes_in_the_other_store_s_events_once_whether_it_catches_up_or_writes_first()
    {
        using var first = ParleyStore.Open(_database, OpenMode.CreateIfMissing, settings: Settings);
        using var second = ParleyStore.Open(_database, OpenMode.CreateIfMissing, settings: Settings);
        Assert.All(first.Execute(ParleyStoreContract.Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
        Assert.False(second.State.Exchanges.ContainsKey("x"));

        Assert.Equal(first.State.Version, second.CatchUp());
        Assert.Equal(0L, second.CatchUp());
        Assert.True(first.Execute(List("p1")).Accepted);
        // The second store writes before it is told: its turn takes in the first's listing, so the same person is refused.
        var again = second.Execute(List("p1"));

        Assert.False(again.Accepted);
        Assert.Contains("already on a list", again.Reason, StringComparison.Ordinal);
        Assert.Equal(first.State.Version, second.State.Version);
        Assert.Equal(0L, second.CatchUp());
        Assert.True(second.Execute(List("p2")).Accepted);
        Assert.Equal(1L, first.CatchUp());
        Assert.Equal(2, first.State.Exchanges["x"].Persons.Count);
    }

    private static ListPersons List(string person) =>
        new("x", Side.A, [RosterEntry.Of(person, ParleyStoreContract.Person())]);

    public void Dispose() => _temp.Dispose();
}
