using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(SnapshotMapping.ToSnapshot(Detached(state)), SnapshotJson.Snapshot)
            + string.Concat(state.Exchanges.Values.Select(x => JsonSerializer.Serialize(ExchangeSummary.Of(x), Core.Wire.ParleyJson.Options))));

    /// <summary>
    /// The state with every list and matching taken out of the snapshot it was read from, so that a snapshot of it encodes
    /// what they hold now rather than copying the bytes they were read from.
    /// </summary>
    private static ParleyState Detached(ParleyState state) => state with
    {
        Exchanges = state.Exchanges.SetItems(state.Exchanges.Select(x => KeyValuePair.Create(x.Key, x.Value with { Persons = x.Value.Persons, Requests = x.Value.Requests }))),
        Matching = state.Matching.SetItems(state.Matching.Select(m => KeyValuePair.Create(m.Key, Deferred<Core.Matching.ExchangeMatching>.Of(m.Value.Value)))),
    };

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

    [Fact]
    public void A_state_read_from_a_snapshot_reads_an_exchanges_lists_and_matching_only_when_they_are_first_used()
    {
        var state = DemoStates.Value[^1];

        var read = SnapshotFormat.Decode(SnapshotFormat.Encode(state));

        Assert.True(read.Exchanges.Count > 1);
        Assert.All(read.Exchanges.Values, x => Assert.False(x.UnchangedStoredLists!.IsRead));
        Assert.All(read.Matching.Values, m => Assert.False(m.IsRead));
        var first = read.Exchanges.Values.First(x => x.Persons.Count > 0);
        Assert.True(first.UnchangedStoredLists!.IsRead);
        Assert.All(read.Exchanges.Values.Where(x => x.Id != first.Id), x => Assert.False(x.UnchangedStoredLists!.IsRead));
        Assert.Equal(state.Exchanges[first.Id].Persons.Count, first.Persons.Count);
    }

    [Fact]
    public void A_snapshot_of_a_state_whose_lists_nobody_read_or_changed_copies_their_bytes_without_reading_them()
    {
        var body = SnapshotFormat.Encode(DemoStates.Value[^1]);
        var read = SnapshotFormat.Decode(body);

        var again = SnapshotFormat.Encode(read);

        Assert.Equal(body, again);
        Assert.All(read.Exchanges.Values, x => Assert.False(x.UnchangedStoredLists!.IsRead));
        Assert.All(read.Matching.Values, m => Assert.False(m.IsRead));
    }

    [Fact]
    public void A_changed_list_is_encoded_anew_and_reads_back_with_the_change()
    {
        var read = SnapshotFormat.Decode(SnapshotFormat.Encode(DemoStates.Value[^1]));
        var exchange = read.Exchanges.Values.First(x => x.Persons.Count > 0);
        var person = exchange.Persons.Values.First();
        var changed = read with { Exchanges = read.Exchanges.SetItem(exchange.Id, exchange with { Persons = exchange.Persons.Remove(person.Id) }) };

        var again = SnapshotFormat.Decode(SnapshotFormat.Encode(changed));

        Assert.Null(changed.Exchanges[exchange.Id].UnchangedStoredLists);
        Assert.False(again.Exchanges[exchange.Id].Persons.ContainsKey(person.Id));
        Assert.Equal(exchange.Persons.Count - 1, again.Exchanges[exchange.Id].Persons.Count);
        Assert.Equal(exchange.Requests.Count, again.Exchanges[exchange.Id].Requests.Count);
    }

    [Fact]
    public void A_damaged_part_fails_when_first_used_with_an_invalid_data_error_that_names_it()
    {
        var state = DemoStates.Value[^1];
        var document = JsonNode.Parse(Decompressed(SnapshotFormat.Encode(state)))!;
        var exchange = document["exchanges"]![0]!;
        exchange["lists"] = Convert.ToBase64String([1, 2, 3]);
        var read = SnapshotFormat.Decode(Compressed(document.ToJsonString()));

        var error = Assert.Throws<InvalidDataException>(() => read.Exchanges[exchange["id"]!.GetValue<string>()].Persons);
        Assert.Contains($"lists of exchange {exchange["id"]}", error.Message, StringComparison.Ordinal);
        Assert.Contains("deleting them makes the next open replay the log", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_whose_json_reads_but_which_the_state_refuses_fails_when_first_used_with_an_invalid_data_error_that_names_it()
    {
        var document = JsonNode.Parse(Decompressed(SnapshotFormat.Encode(DemoStates.Value[^1])))!;
        var exchange = document["exchanges"]![0]!;
        // One id for two entries: valid JSON of the part, but an id names one entry of an exchange.
        const string Twice = """{"persons":[{"i":"p-1","s":"A","t":0,"st":"Offered"},{"i":"p-1","s":"B","t":0,"st":"Offered"}],"requests":[]}""";
        exchange["lists"] = Convert.ToBase64String(Compressed(Twice));
        var read = SnapshotFormat.Decode(Compressed(document.ToJsonString()));

        var error = Assert.Throws<InvalidDataException>(() => read.Exchanges[exchange["id"]!.GetValue<string>()].Persons);
        Assert.Contains($"lists of exchange {exchange["id"]}", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(error.InnerException, exactMatch: false);
    }

    internal static string Decompressed(byte[] body)
    {
        using var brotli = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var text = new StreamReader(brotli, Encoding.UTF8);
        return text.ReadToEnd();
    }

    internal static byte[] Compressed(string text)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(text));
        }
        return buffer.ToArray();
    }
}
