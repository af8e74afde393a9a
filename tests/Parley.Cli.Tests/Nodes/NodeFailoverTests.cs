using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Tests.Nodes;

/// <summary>
/// Issue 17, item 3: three real `parley serve` processes on one PostgreSQL database, one of them killed with kill -9 while
/// commands stream into all three. There is no leader to lose: the survivors go on at once, and every command a node
/// acknowledged (HTTP 200) is in the log.
/// </summary>
public sealed class NodeFailoverTests(PostgresCluster cluster)
{
    private const int WritersPerNode = 4;

    [Fact]
    public async Task killing_one_of_three_nodes_mid_batch_loses_no_acknowledged_event_and_the_others_accept_writes_at_once()
    {
        using var folder = new TempFolder();
        var db = cluster.CreateDatabase();
        var key = folder.File("log.key");
        var setup = await ParleyCli.Run("apply", folder.Write("setup.jsonl", CommandLines.Setup()), "--db", db, "--log-key", key);
        Assert.True(setup.ExitCode == 0, setup.ToString());
        // A token per writer: each node lets one caller make 600 writes a minute.
        var tokens = new List<string>();
        foreach (var _ in Enumerable.Range(0, 3 * WritersPerNode))
        {
            var made = await ParleyCli.Run("tokens", "new", "--db", db, "--role", "mediator");
            Assert.True(made.ExitCode == 0, made.ToString());
            tokens.Add(made.Output.Trim());
        }
        var nodes = new List<ServeProcess>();
        try
        {
            foreach (var _ in Enumerable.Range(0, 3))
            {
                nodes.Add(await ServeProcess.StartAsync("--db", db, "--log-key", key));
            }
            var victim = nodes[2];
            var acked = new ConcurrentBag<(int Person, int Node, long Sequence, long SentAtMs, long AckedAtMs)>();
            var clock = Stopwatch.StartNew();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var writers = Enumerable.Range(0, 3 * WritersPerNode)
                .Select(w => Task.Run(() => WriteUntilStopped(w, nodes, tokens[w], acked, clock, stop.Token), stop.Token)).ToList();

            await Until(() => acked.Count(a => a.Node == 2) >= 30, "the node to be killed acknowledged 30 commands");
            victim.Kill();
            var killedAt = clock.ElapsedMilliseconds;
            await Until(() => acked.Any(a => a.Node != 2 && a.SentAtMs > killedAt), "a survivor acknowledged a command sent after the kill");
            var firstAfter = acked.Where(a => a.Node != 2 && a.SentAtMs > killedAt).Min(a => a.AckedAtMs) - killedAt;
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            Assert.True(firstAfter < 5000, $"the first write sent after the kill was acknowledged {firstAfter} ms after it");
            using var log = EventLogs.Open(db, OpenMode.MustExist);
            var sequences = log.Read().Select(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), sequences);
            var persons = ParleyStore.Replay(log).Exchanges[CommandLines.Exchange].Persons;
            Assert.All(acked, a => Assert.True(persons.ContainsKey(CommandLines.PersonId(a.Person)),
                $"person {a.Person}, acknowledged by node {a.Node} as event {a.Sequence}, is not in the log"));
            Assert.Contains(acked, a => a.Node == 2);
            Assert.Equal(log.LastSequence, log.ProjectedThrough);
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    /// <summary>
    /// One writer: lists a new person of its own on its node, one command after another, until stopped; a node that
    /// refuses the connection (killed) is left for the next one, and the command that failed is not sent again.
    /// </summary>
    private static async Task WriteUntilStopped(int writer, List<ServeProcess> nodes, string token, ConcurrentBag<(int, int, long, long, long)> acked, Stopwatch clock, CancellationToken stop)
    {
        var node = writer % nodes.Count;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var person = writer * 100_000 + n;
            var sentAt = clock.ElapsedMilliseconds;
            try
            {
                using var response = await client.PostAsync(new Uri(nodes[node].Address, "/api/commands"),
                    new StringContent(CommandLines.List(n % 2 == 0 ? "A" : "B", person), Encoding.UTF8, "application/json"), stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    await Task.Delay(100, stop);
                    continue;
                }
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"node {node}: {(int)response.StatusCode} {body}");
                var last = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("lastSequence").GetInt64();
                acked.Add((person, node, last, sentAt, clock.ElapsedMilliseconds));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // The node is gone (connection refused or reset): the command may or may not have committed, and it
                // was not acknowledged; go on at the next node.
                node = (node + 1) % nodes.Count;
            }
        }
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited 60 s for: {what}");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
