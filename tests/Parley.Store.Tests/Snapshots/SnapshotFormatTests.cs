using System.Text;
using System.Text.Json;
using CsCheck;
using NodaTime;
using Parley.Core.Decisions;
using Parley.Core.Exchanges;
using Parley.Core.State;
using Parley.Demo;
using Parley.Store.Snapshots;
using Xunit;

namespace Parley.Store.Tests.Snapshots;

/// <summary>The snapshot format on its own, without a database: what goes in comes out, comparers and all.</summary>
public sealed class SnapshotFormatTests
{
    /// <summary>The state after each command of the Istanbul demo (talks, four exchanges, matching, stages, receipts, claims).</summary>
    private static readonly Lazy<IReadOnlyList<ParleyState>> DemoStates = new(() =>
    {
        var now = SystemClock.Instance.GetCurrentInstant();
        var states = new List<ParleyState> { ParleyState.Empty };
        foreach (var (command, actor) in IstanbulDemo.Commands())
        {
            var decision = Decider.Decide(states[^1], command, actor, now);
            states.Add(decision.State);
            now += Duration.FromSeconds(1);
        }
        return states;
    });

    /// <summary>
    /// A state as text: its snapshot contract as JSON, and each exchange's public summary in the domain's own JSON
    /// (records holding collections compare by reference, so states are compared by what they render).
    /// </summary>
    internal static byte[] Plain(ParleyState state) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(SnapshotMapping.ToSnapshot(state), SnapshotJson.Snapshot)
            + string.Concat(state.Exchanges.Values.Select(x => JsonSerializer.Serialize(ExchangeSummary.Of(x), Core.Wire.ParleyJson.Options))));

    [Fact]
    public void Any_state_of_the_demo_reads_back_from_its_snapshot_as_it_was_written()
    {
        Gen.Int[0, DemoStates.Value.Count - 1].Sample(k =>
        {
            var state = DemoStates.Value[k];
            Assert.Equal(Plain(state), Plain(SnapshotFormat.Decode(SnapshotFormat.Encode(state))));
        }, iter: 40);
    }

    [Fact]
    public void A_state_read_back_keeps_the_ordinal_comparers_the_fold_gives_its_dictionaries()
    {
        var state = DemoStates.Value[^1];

        var read = SnapshotFormat.Decode(SnapshotFormat.Encode(state));

        var exchange = read.Exchanges.Values.First(x => x.Persons.Count > 0);
        Assert.Same(StringComparer.Ordinal, read.Exchanges.KeyComparer);
        Assert.Same(StringComparer.Ordinal, exchange.Persons.KeyComparer);
        Assert.Same(StringComparer.Ordinal, exchange.Requests.KeyComparer);
        Assert.Same(StringComparer.Ordinal, read.MatchingOf(exchange.Id).DetailsChanged.KeyComparer);
        Assert.Same(StringComparer.Ordinal, read.MatchingOf(exchange.Id).WithoutAcceptedMatch.KeyComparer);
        Assert.Equal(state.Exchanges.Keys, read.Exchanges.Keys);
        Assert.True(state.Exchanges.Values.Sum(x => x.Persons.Count) > 1000);
        Assert.Equal(state.Exchanges.Values.Sum(x => x.Persons.Count), read.Exchanges.Values.Sum(x => x.Persons.Count));
    }

    [Fact]
    public void Bytes_that_are_not_a_snapshot_fail_to_read_with_an_invalid_data_error()
    {
        var body = SnapshotFormat.Encode(DemoStates.Value[40]);

        Assert.Throws<InvalidDataException>(() => SnapshotFormat.Decode([1, 2, 3]));
        Assert.Throws<InvalidDataException>(() => SnapshotFormat.Decode(body[..(body.Length / 2)]));
    }
}
