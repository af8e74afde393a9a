using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.Families;

/// <summary>A demo server of the family tests' own: they issue and revoke receipts, which the shared demo server's tests need not see.</summary>
public sealed class FamilyServer : IAsyncLifetime
{
    private RunningServer? _server;

    public RunningServer Server => _server ?? throw new InvalidOperationException("the family server has not started");

    public async ValueTask InitializeAsync() =>
        _server = await RunningServer.StartAsync(demo: true, o => o with { FamilyAttemptsPerMinute = 100_000, FamilyAttemptBurst = 100_000 });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
