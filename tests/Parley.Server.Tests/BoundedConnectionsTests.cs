using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Parley.Server.Pipeline;

namespace Parley.Server.Tests;

/// <summary>
/// The transport is the only bound on open connections (Kestrel's own MaxConcurrentConnections is not set): past it,
/// nothing more is accepted until a connection closes, whether the port has one listen queue or several.
/// </summary>
public sealed class BoundedConnectionsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task past_its_bound_the_transport_accepts_nothing_more_until_a_connection_closes(int queues)
    {
        var transport = new BoundedConnections(new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance), limit: 2, queues);
        var listener = await transport.BindAsync(new IPEndPoint(IPAddress.Loopback, 0), TestContext.Current.CancellationToken);
        var clients = Enumerable.Range(0, 3).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            foreach (var client in clients)
            {
                await client.ConnectAsync(listener.EndPoint, TestContext.Current.CancellationToken);
            }

            var first = await listener.AcceptAsync(TestContext.Current.CancellationToken);
            var second = await listener.AcceptAsync(TestContext.Current.CancellationToken);
            var third = listener.AcceptAsync(TestContext.Current.CancellationToken).AsTask();
            await Task.Delay(500, TestContext.Current.CancellationToken);
            Assert.False(third.IsCompleted, "a third connection was accepted while the bound of two was taken");

            await first!.DisposeAsync();
            var accepted = await third.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            Assert.NotNull(accepted);
            await second!.DisposeAsync();
            await accepted.DisposeAsync();
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            await listener.UnbindAsync(TestContext.Current.CancellationToken);
            await listener.DisposeAsync();
        }
    }
}
