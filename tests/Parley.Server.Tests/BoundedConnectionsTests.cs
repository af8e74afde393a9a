using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using Parley.Server.Pipeline;

namespace Parley.Server.Tests;

/// <summary>
/// The transport is the only bound on open connections (Kestrel's own MaxConcurrentConnections is not set): past it,
/// nothing more is accepted until a connection closes.
/// </summary>
public sealed class BoundedConnectionsTests
{
    [Fact]
    public async Task past_its_bound_the_transport_accepts_nothing_more_until_a_connection_closes()
    {
        await using var transport = Bounded(limit: 2, queues: 1, out var listener);
        var clients = await ConnectAsync(listener, 3);
        try
        {
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

    [Fact]
    public async Task with_several_listen_queues_the_transport_never_accepts_past_its_bound()
    {
        // Each queue's accept loop takes a slot before it accepts, so which clients get in depends on the queue the
        // kernel put them in; how many never exceeds the bound.
        await using var transport = Bounded(limit: 2, queues: 4, out var listener);
        var clients = await ConnectAsync(listener, 8);
        var accepted = new List<ConnectionContext>();
        try
        {
            using var window = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            window.CancelAfter(TimeSpan.FromSeconds(1));
            try
            {
                while (await listener.AcceptAsync(window.Token) is { } connection)
                {
                    accepted.Add(connection);
                }
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
            }

            Assert.InRange(accepted.Count, 0, 2);
        }
        finally
        {
            foreach (var connection in accepted)
            {
                await connection.DisposeAsync();
            }
            clients.ForEach(c => c.Dispose());
            await listener.UnbindAsync(TestContext.Current.CancellationToken);
            await listener.DisposeAsync();
        }
    }

    /// <summary>The transport as the server wires it (<see cref="BoundedConnections.Use"/>), bound to a free loopback port.</summary>
    private static ServiceProvider Bounded(int limit, int queues, out IConnectionListener listener)
    {
        var services = new ServiceCollection().AddLogging();
        BoundedConnections.Use(services, limit, queues);
        var provider = services.BuildServiceProvider();
        listener = provider.GetRequiredService<IConnectionListenerFactory>().BindAsync(new IPEndPoint(IPAddress.Loopback, 0), TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();
        return provider;
    }

    private static async Task<List<Socket>> ConnectAsync(IConnectionListener listener, int count)
    {
        var clients = new List<Socket>();
        for (var i = 0; i < count; i++)
        {
            var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            clients.Add(client);
            await client.ConnectAsync(listener.EndPoint, TestContext.Current.CancellationToken);
        }
        return clients;
    }
}
