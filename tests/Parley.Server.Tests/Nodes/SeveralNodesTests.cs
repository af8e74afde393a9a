using System.Net;
using System.Text.Json;
using Parley.Core.Exchanges;
using Parley.Core.Wire;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.Nodes;

/// <summary>
/// Issue 17, items 2 and 3: three nodes on one PostgreSQL database serialise their writes into one gapless log with no
/// lost update, follow each other's events into their state and live broadcast, and resume a moved reader exactly once.
/// </summary>
public sealed class SeveralNodesTests(ThreeNodes cluster) : IClassFixture<ThreeNodes>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task commands_sent_to_all_three_nodes_at_once_for_the_same_exchange_give_one_gapless_log_and_the_same_state_on_every_node()
    {
        var before = await cluster.SettledAsync();
        var people = Enumerable.Range(1, 40).Select(n => $"nodes-{n}").ToList();
        // Every node is sent every person, each in its own order, all at once: each person must be listed exactly once.
        var sends = cluster.Nodes.SelectMany((node, i) =>
        {
            var client = node.Client("partyB");
            var order = i switch
            {
                0 => people,
                1 => people.AsEnumerable().Reverse(),
                _ => people.Where((_, k) => k % 2 == 0).Concat(people.Where((_, k) => k % 2 == 1)),
            };
            return order.Select(async person =>
            {
                using var response = await client.PostJson("/api/commands",
                    $$"""{"command": "list-persons", "exchange": "july-2025", "side": "B", "persons": [{"person": "{{person}}", "names": ["Test Person"]}]}""");
                return (person, response.StatusCode, Body: await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            });
        }).ToList();
        var results = await Task.WhenAll(sends);

        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{r.person}: {(int)r.StatusCode} {r.Body}"));
        Assert.All(people, p => Assert.Single(results, r => r.person == p && r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode == HttpStatusCode.Conflict), r => Assert.Contains("already on a list", r.Body, StringComparison.Ordinal));
        var last = await cluster.SettledAsync();
        var sequences = cluster.Nodes[1].Store.Log.Read(before + 1).Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range((int)before + 1, (int)(last - before)).Select(n => (long)n), sequences);
        Assert.Equal(people.Count, sequences.Count);
        var states = cluster.Nodes.Select(n => JsonSerializer.Serialize(ExchangeSummary.Of(n.Store.State.Exchanges["july-2025"]), ParleyJson.Options)).ToList();
        Assert.All(states, s => Assert.Equal(states[0], s));
        Assert.All(cluster.Nodes, n => Assert.Equal(people.Count, n.Store.State.Exchanges["july-2025"].Persons.Keys.Count(k => k.StartsWith("nodes-", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task an_entry_written_on_one_node_reaches_a_subscriber_on_each_other_node()
    {
        var settled = await cluster.SettledAsync();
        using var second = cluster.Nodes[1].Client();
        using var third = cluster.Nodes[2].Client();
        await using var onSecond = await EventStreamReader.OpenAsync(second, "/live/june-2025/events", lastEventId: settled);
        await using var onThird = await EventStreamReader.OpenAsync(third, "/live/june-2025/events", lastEventId: settled);

        var (id, sequence) = await cluster.Nodes[0].Client("press").PostEntry("june-2025", "Written on the first node.");

        foreach (var stream in new[] { onSecond, onThird })
        {
            var message = await NextEntry(stream);
            Assert.Equal(sequence, message.Id);
            Assert.Contains(id, message.Data, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task a_reader_moved_from_one_node_to_another_with_last_event_id_gets_every_entry_exactly_once()
    {
        var start = await cluster.SettledAsync();
        var press = cluster.Nodes.Select(n => n.Client("press")).ToList();
        var posted = new List<long>();
        var seen = new List<long>();
        using (var first = cluster.Nodes[0].Client())
        {
            await using var stream = await EventStreamReader.OpenAsync(first, "/live/july-2025/events", lastEventId: start);
            posted.Add((await press[0].PostEntry("july-2025", "One, on the first node.")).Sequence);
            posted.Add((await press[1].PostEntry("july-2025", "Two, on the second node.")).Sequence);
            seen.Add((await NextEntry(stream)).Id);
        }
        // Written while the reader is between nodes, on the node it has not been to.
        posted.Add((await press[2].PostEntry("july-2025", "Three, on the third node.")).Sequence);
        await cluster.SettledAsync();
        using (var third = cluster.Nodes[2].Client())
        {
            await using var stream = await EventStreamReader.OpenAsync(third, "/live/july-2025/events", lastEventId: seen[^1]);
            posted.Add((await press[1].PostEntry("july-2025", "Four, on the second node.")).Sequence);
            while (seen[^1] < posted[^1])
            {
                seen.Add((await NextEntry(stream)).Id);
            }
        }

        Assert.Equal(seen.Distinct().Order(), seen);
        Assert.Equal(posted, seen.Where(posted.Contains));
    }

    [Fact]
    public async Task healthz_on_a_node_that_only_followed_reports_the_last_event_written_on_another_node()
    {
        var (_, sequence) = await cluster.Nodes[0].Client("press").PostEntry("june-2025", "Written on the first node, for the health check.");
        await cluster.SettledAsync();

        foreach (var node in cluster.Nodes.Skip(1))
        {
            using var client = node.Client();
            using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz", TestContext.Current.CancellationToken));
            Assert.Equal(sequence, health.RootElement.GetProperty("lastSequence").GetInt64());
        }
    }

    /// <summary>The next message with an id (figures and keep-alives, which have none, are passed over).</summary>
    private static async Task<(long Id, string Data)> NextEntry(EventStreamReader stream)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            if (await stream.NextAsync(Wait) is { Id: { } id } message)
            {
                return (id, message.Data);
            }
        }
        throw new TimeoutException($"no entry within {Wait}");
    }
}
