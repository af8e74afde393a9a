namespace Parley.Server.Tests.Support;

/// <summary>One server without the demo for the desk's tests, with the parties and the agreement; each test opens its own exchange.</summary>
public sealed class DeskServer : IAsyncLifetime
{
    private RunningServer? _server;

    public RunningServer Server => _server ?? throw new InvalidOperationException("the desk server has not started");

    public async ValueTask InitializeAsync()
    {
        _server = await RunningServer.StartAsync(demo: false);
        await DeskWorld.SetUpAsync(_server);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
