namespace Parley.Server.Tests.Support;

/// <summary>One server with the Istanbul demo for the whole test run (loading the demo takes a few seconds), on SQLite.</summary>
public class DemoServer : IAsyncLifetime
{
    private RunningServer? _server;

    public RunningServer Server => _server ?? throw new InvalidOperationException("the demo server has not started");

    public async ValueTask InitializeAsync() => _server = await Start();

    /// <summary>Starts the server (on SQLite here).</summary>
    protected virtual Task<RunningServer> Start() => RunningServer.StartAsync(demo: true);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DemoServerCollection : ICollectionFixture<DemoServer>
{
    public const string Name = "demo server";
}

/// <summary>The same demo server on a database of the test PostgreSQL cluster: the store-facing tests run on both.</summary>
public sealed class PostgresDemoServer(PostgresCluster cluster) : DemoServer
{
    protected override Task<RunningServer> Start() => RunningServer.StartAsync(demo: true, postgres: cluster);
}

[CollectionDefinition(Name)]
public sealed class PostgresDemoServerCollection : ICollectionFixture<PostgresDemoServer>
{
    public const string Name = "demo server on PostgreSQL";
}
