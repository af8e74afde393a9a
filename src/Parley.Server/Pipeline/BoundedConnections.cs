using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Parley.Server.Pipeline;

/// <summary>
/// Kestrel's socket transport with a bound on the connections it has accepted and not yet closed: past it, the server
/// stops accepting, and new clients wait in the kernel's listen queue (or retry) instead of being accepted and closed.
/// Kestrel's own <c>MaxConcurrentConnections</c> does the latter, which holds a descriptor for every refused client until
/// the close gets its turn: 20,000 clients reconnecting at once on two cores took the process to its open-file limit,
/// where the runtime fails as out of memory (bench hostile). Written by hand because Kestrel has no accept-side bound.
/// </summary>
internal sealed class BoundedConnections(SocketTransportFactory sockets, int limit) : IConnectionListenerFactory, IConnectionListenerFactorySelector
{
    private readonly SemaphoreSlim _slots = new(limit, limit);

    /// <summary>Replaces the socket transport of <paramref name="services"/> with the bounded one.</summary>
    public static void Use(IServiceCollection services, int limit)
    {
        services.RemoveAll<IConnectionListenerFactory>();
        services.AddSingleton<IConnectionListenerFactory>(provider => new BoundedConnections(
            new SocketTransportFactory(provider.GetRequiredService<IOptions<SocketTransportOptions>>(), provider.GetRequiredService<ILoggerFactory>()), limit));
    }

    public async ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default) =>
        new Listener(await sockets.BindAsync(endpoint, cancellationToken), _slots);

    public bool CanBind(EndPoint endpoint) => sockets.CanBind(endpoint);

    private sealed class Listener(IConnectionListener inner, SemaphoreSlim slots) : IConnectionListener
    {
        public EndPoint EndPoint => inner.EndPoint;

        public async ValueTask<ConnectionContext?> AcceptAsync(CancellationToken cancellationToken = default)
        {
            await slots.WaitAsync(cancellationToken);
            ConnectionContext? accepted;
            try
            {
                accepted = await inner.AcceptAsync(cancellationToken);
            }
            catch
            {
                slots.Release();
                throw;
            }
            if (accepted is null)
            {
                slots.Release();
                return null;
            }
            return new Slot(accepted, slots);
        }

        public ValueTask UnbindAsync(CancellationToken cancellationToken = default) => inner.UnbindAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    /// <summary>An accepted connection that gives its slot back once, when it is disposed (its socket closed).</summary>
    private sealed class Slot(ConnectionContext inner, SemaphoreSlim slots) : ConnectionContext
    {
        private int _released;

        public override string ConnectionId { get => inner.ConnectionId; set => inner.ConnectionId = value; }

        public override IFeatureCollection Features => inner.Features;

        public override IDictionary<object, object?> Items { get => inner.Items; set => inner.Items = value; }

        public override System.IO.Pipelines.IDuplexPipe Transport { get => inner.Transport; set => inner.Transport = value; }

        public override CancellationToken ConnectionClosed { get => inner.ConnectionClosed; set => inner.ConnectionClosed = value; }

        public override EndPoint? LocalEndPoint { get => inner.LocalEndPoint; set => inner.LocalEndPoint = value; }

        public override EndPoint? RemoteEndPoint { get => inner.RemoteEndPoint; set => inner.RemoteEndPoint = value; }

        public override void Abort() => inner.Abort();

        public override void Abort(ConnectionAbortedException abortReason) => inner.Abort(abortReason);

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync();
            }
            finally
            {
                if (Interlocked.Exchange(ref _released, 1) == 0)
                {
                    slots.Release();
                }
            }
        }
    }
}
