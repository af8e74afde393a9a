using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.Nodes;

/// <summary>
/// Three server nodes in this process on one database of the test PostgreSQL cluster, with one log key file
/// (docs/deployment.md §5): the first loads the Istanbul demo, the others start on the record it wrote.
/// </summary>
public sealed class ThreeNodes(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly TempFolder _folder = new("parley-nodes");
    private readonly List<RunningServer> _nodes = [];

    public IReadOnlyList<RunningServer> Nodes => _nodes;

    public async ValueTask InitializeAsync()
    {
        var database = cluster.CreateDatabase();
        var key = _folder.File("log.key");
        _nodes.Add(await RunningServer.StartNodeAsync(database, key, demo: true));
        _nodes.Add(await RunningServer.StartNodeAsync(database, key, demo: false));
        _nodes.Add(await RunningServer.StartNodeAsync(database, key, demo: false));
    }

    /// <summary>Waits until every node's state and broadcast hold the whole log; returns its last sequence number.</summary>
    public async Task<long> SettledAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var floor = _nodes.Min(n => n.Store.State.Version);
            var last = _nodes[0].Store.Log.Read(floor + 1).LastOrDefault()?.Sequence ?? floor;
            if (_nodes.All(n => n.Store.State.Version == last && n.Hub.Through == last))
            {
                return last;
            }
            Assert.True(DateTime.UtcNow < deadline,
                $"the nodes did not settle at event {last} within 10 s: states at {string.Join(", ", _nodes.Select(n => n.Store.State.Version))}, broadcasts at {string.Join(", ", _nodes.Select(n => n.Hub.Through))}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
        _folder.Dispose();
    }
}
