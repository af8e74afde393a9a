namespace Parley.Server.Tests.Support;

/// <summary>One server with the Istanbul demo for the whole test run (loading the demo takes a few seconds).</summary>
public sealed class DemoServer : IAsyncLifetime
{
    private RunningServer? _server;

    public RunningServer Server => _server ?? throw new InvalidOperationException("the demo server has not started");

    public async ValueTask InitializeAsync() => _server = await RunningServer.StartAsync(demo: true);

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
