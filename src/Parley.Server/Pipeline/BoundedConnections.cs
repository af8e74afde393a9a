using System.Net;
using System.Threading.Channels;
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
/// Each endpoint is listened on by <paramref name="queues"/> sockets sharing its port (<see cref="ListenQueues"/>), so
/// that a reconnect storm finds room in the kernel's queues while the first of it is being answered.
/// </summary>
internal sealed class BoundedConnections(SocketTransportFactory sockets, int limit, int queues) : IConnectionListenerFactory, IConnectionListenerFactorySelector
{
    private readonly SemaphoreSlim _slots = new(limit, limit);

    /// <summary>Replaces the socket transport of <paramref name="services"/> with the bounded one, listening on <paramref name="queues"/> queues per endpoint.</summary>
    public static void Use(IServiceCollection services, int limit, int queues)
    {
        if (queues > 1 && ListenQueues.Supported)
        {
            services.Configure<SocketTransportOptions>(options => options.CreateBoundListenSocket = ListenQueues.CreateBound);
        }
        services.RemoveAll<IConnectionListenerFactory>();
        services.AddSingleton<IConnectionListenerFactory>(provider => new BoundedConnections(
            new SocketTransportFactory(provider.GetRequiredService<IOptions<SocketTransportOptions>>(), provider.GetRequiredService<ILoggerFactory>()),
            limit, ListenQueues.Supported ? Math.Max(1, queues) : 1));
    }

    public async ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        if (queues == 1 || endpoint is not IPEndPoint ip)
        {
            return new Listener([await sockets.BindAsync(endpoint, cancellationToken)], _slots);
        }
        ListenQueues.EnsureFree(ip);
        var bound = new List<IConnectionListener>();
        try
        {
            bound.Add(await sockets.BindAsync(ip, cancellationToken));
            // The first socket's port, when the endpoint asked for any (port 0).
            while (bound.Count < queues)
            {
                bound.Add(await sockets.BindAsync(bound[0].EndPoint, cancellationToken));
            }
        }
        catch
        {
            foreach (var listener in bound)
            {
                await listener.DisposeAsync();
            }
            throw;
        }
        return new Listener(bound, _slots);
    }

    public bool CanBind(EndPoint endpoint) => sockets.CanBind(endpoint);

    /// <summary>
    /// One endpoint's listen queues as one listener: a loop per queue takes a slot, accepts, and hands the connection to
    /// Kestrel's accept loop; a queue whose connections are not being taken would otherwise fill while the others drain.
    /// </summary>
    private sealed class Listener : IConnectionListener
    {
        /// <summary>How many accepted connections may wait for Kestrel's accept loop.</summary>
        private const int AcceptedAhead = 16;

        private readonly IReadOnlyList<IConnectionListener> _queues;
        private readonly SemaphoreSlim _slots;
        // Bounded: a connection taken from the kernel's queue holds memory in this process (socket, pipes) before Kestrel
        // has read a byte of it; the queues, not this channel, are what hold a storm until it is answered.
        private readonly Channel<ConnectionContext> _accepted = Channel.CreateBounded<ConnectionContext>(new BoundedChannelOptions(AcceptedAhead) { SingleReader = true });
        private readonly CancellationTokenSource _stopping = new();
        private readonly Task _pumps;

        public Listener(IReadOnlyList<IConnectionListener> queues, SemaphoreSlim slots)
        {
            _queues = queues;
            _slots = slots;
            _pumps = Task.WhenAll(queues.Select(queue => Task.Run(() => PumpAsync(queue))))
                .ContinueWith(_ => _accepted.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        public EndPoint EndPoint => _queues[0].EndPoint;

        public async ValueTask<ConnectionContext?> AcceptAsync(CancellationToken cancellationToken = default)
        {
            while (await _accepted.Reader.WaitToReadAsync(cancellationToken))
            {
                if (_accepted.Reader.TryRead(out var connection))
                {
                    return connection;
                }
            }
            return null;
        }

        /// <summary>Accepts from one queue while there are slots, until the queue is unbound; an accept that fails ends the listener with its error.</summary>
        private async Task PumpAsync(IConnectionListener queue)
        {
            try
            {
                while (true)
                {
                    await _slots.WaitAsync(_stopping.Token);
                    ConnectionContext? accepted;
                    try
                    {
                        accepted = await queue.AcceptAsync(_stopping.Token);
                    }
                    catch
                    {
                        _slots.Release();
                        throw;
                    }
                    if (accepted is null)
                    {
                        _slots.Release();
                        return;
                    }
                    var slot = new Slot(accepted, _slots);
                    try
                    {
                        await _accepted.Writer.WriteAsync(slot, _stopping.Token);
                    }
                    catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
                    {
                        // Stopping, or another queue's accept failed and ended the listener: this one is closed, its slot given back.
                        await slot.DisposeAsync();
                        throw;
                    }
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                _accepted.Writer.TryComplete(e);
            }
        }

        public async ValueTask UnbindAsync(CancellationToken cancellationToken = default)
        {
            await _stopping.CancelAsync();
            foreach (var queue in _queues)
            {
                await queue.UnbindAsync(cancellationToken);
            }
            await _pumps;
        }

        public async ValueTask DisposeAsync()
        {
            await _stopping.CancelAsync();
            foreach (var queue in _queues)
            {
                await queue.DisposeAsync();
            }
            await _pumps;
            // Accepted and never taken by Kestrel (the server stopped meanwhile): closed, and their slots given back.
            while (_accepted.Reader.TryRead(out var connection))
            {
                await connection.DisposeAsync();
            }
            _stopping.Dispose();
        }
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
