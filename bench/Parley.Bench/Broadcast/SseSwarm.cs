using System.Buffers.Text;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Parley.Bench.Broadcast;

/// <summary>
/// Many server-sent event subscribers on raw loopback sockets, light enough for 10,000 in one process on a machine it
/// shares with the server under test: one thread waits on all of them with epoll and reads each with a single recv as
/// soon as it is readable (<see cref="Epoll"/>). Each subscriber notes when it first sees the marker
/// <c>PQX&lt;n&gt;X</c> of published entry n.
/// </summary>
internal sealed class SseSwarm : IAsyncDisposable
{
    private static readonly byte[] Marker = "PQX"u8.ToArray();
    private const int Carry = 15; // longer than any marker: one cut in two by a read is whole in the next
    private readonly Socket[] _sockets;
    private readonly int[] _descriptors;
    private readonly long[] _received;
    private readonly bool[] _seen;
    private readonly bool[] _rejected;
    private readonly byte[] _carried;
    private readonly int[] _carriedLength;
    private readonly int _entries;
    private readonly int _epoll;
    private readonly Thread _reader;
    private volatile bool _stopping;
    private int _ready;
    private int _refused;
    private long _deliveries;

    private SseSwarm(Socket[] sockets, int entries)
    {
        _sockets = sockets;
        _entries = entries;
        _descriptors = sockets.Select(s => (int)s.SafeHandle.DangerousGetHandle()).ToArray();
        _received = new long[sockets.Length * entries];
        _seen = new bool[sockets.Length];
        _rejected = new bool[sockets.Length];
        _carried = new byte[sockets.Length * Carry];
        _carriedLength = new int[sockets.Length];
        _epoll = Epoll.Create(0);
        if (_epoll < 0)
        {
            throw new InvalidOperationException($"epoll_create1 failed: errno {Marshal.GetLastPInvokeError()}");
        }
        for (var i = 0; i < sockets.Length; i++)
        {
            var e = new Epoll.Event { Events = Epoll.In | Epoll.RdHup, Data = (ulong)i };
            if (Epoll.Control(_epoll, Epoll.CtlAdd, _descriptors[i], ref e) != 0)
            {
                throw new InvalidOperationException($"epoll_ctl ADD of subscriber {i} failed: errno {Marshal.GetLastPInvokeError()}");
            }
        }
        _reader = new Thread(Read) { IsBackground = true, Name = "sse swarm" };
    }

    public int Count => _sockets.Length;

    /// <summary>Subscribers that have had a 200 response's headers: the server has registered them.</summary>
    public int Ready => Volatile.Read(ref _ready);

    /// <summary>Subscribers whose response was not 200 (a cap's 429 or 503).</summary>
    public int Refused => Volatile.Read(ref _refused);

    public long Deliveries => Interlocked.Read(ref _deliveries);

    public static Task<SseSwarm> ConnectAsync(IPEndPoint server, string path, int count, int entries, CancellationToken cancellationToken) =>
        ConnectAsync(server, path, count, entries, Enumerable.Repeat(IPAddress.Loopback, count).ToArray(), batch: 250, lanes: 4, cancellationToken);

    /// <summary>
    /// <paramref name="count"/> loopback addresses to connect from, <paramref name="perAddress"/> connections each: 127.B.x.y
    /// for the second byte <paramref name="first"/>'s, so that per-address caps see as many clients as the public would.
    /// </summary>
    public static IPAddress[] Sources(IPAddress first, int count, int perAddress)
    {
        var bytes = first.GetAddressBytes();
        return Enumerable.Range(0, count).Select(i =>
        {
            var n = i / Math.Max(1, perAddress);
            return new IPAddress([127, bytes[1], (byte)(1 + n / 250), (byte)(1 + n % 250)]);
        }).ToArray();
    }

    /// <summary>
    /// Connects from <paramref name="sources"/> (one address per subscriber), <paramref name="batch"/> at a time on
    /// <paramref name="lanes"/> threads: a batch as large as the count is everyone at once (a reconnect storm).
    /// </summary>
    public static async Task<SseSwarm> ConnectAsync(IPEndPoint server, string path, int count, int entries, IPAddress[] sources, int batch, int lanes, CancellationToken cancellationToken)
    {
        if (!Epoll.Supported)
        {
            throw new PlatformNotSupportedException("the SSE swarm reads its sockets with epoll and needs x86-64 Linux");
        }
        var sockets = new Socket[count];
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n");
        // Blocking connect and send: the sockets never join .NET's own epoll engine, which would otherwise wake for every
        // delivery as well. In batches on a few threads, so the listen backlog is not overrun (a dropped SYN costs a second).
        for (var first = 0; first < count; first += batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(first + batch, count);
            var start = first;
            await Task.WhenAll(Enumerable.Range(0, lanes).Select(lane => Task.Factory.StartNew(() =>
            {
                for (var i = start + lane; i < end; i += lanes)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 16 * 1024 };
                    if (!sources[i].Equals(IPAddress.Loopback))
                    {
                        socket.Bind(new IPEndPoint(sources[i], 0));
                    }
                    socket.Connect(server);
                    socket.Send(request);
                    sockets[i] = socket;
                }
            }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        }
        var swarm = new SseSwarm(sockets, entries);
        swarm._reader.Start();
        return swarm;
    }

    private void Read()
    {
        var events = new Epoll.Event[1024];
        var buffer = new byte[64 * 1024];
        while (!_stopping)
        {
            var count = Epoll.Wait(_epoll, events, events.Length, 100);
            var now = Stopwatch.GetTimestamp();
            for (var k = 0; k < count; k++)
            {
                var subscriber = (int)events[k].Data;
                var kept = _carriedLength[subscriber];
                _carried.AsSpan(subscriber * Carry, kept).CopyTo(buffer);
                var read = (int)Epoll.Receive(_descriptors[subscriber], ref buffer[kept], buffer.Length - kept, Epoll.DontWait);
                if (read <= 0)
                {
                    if (read == 0 || Marshal.GetLastPInvokeError() != Epoll.Again)
                    {
                        var none = default(Epoll.Event);
                        Epoll.Control(_epoll, Epoll.CtlDel, _descriptors[subscriber], ref none);
                    }
                    continue;
                }
                if (!_seen[subscriber])
                {
                    _seen[subscriber] = true;
                    if (!buffer.AsSpan(kept, read).StartsWith("HTTP/1.1 200"u8))
                    {
                        _rejected[subscriber] = true;
                        Interlocked.Increment(ref _refused);
                        var none = default(Epoll.Event);
                        Epoll.Control(_epoll, Epoll.CtlDel, _descriptors[subscriber], ref none);
                        continue;
                    }
                    Interlocked.Increment(ref _ready);
                }
                var span = buffer.AsSpan(0, kept + read);
                Scan(subscriber, span, now);
                var tail = Math.Min(span.Length, Carry);
                span[^tail..].CopyTo(_carried.AsSpan(subscriber * Carry, Carry));
                _carriedLength[subscriber] = tail;
            }
        }
    }

    private void Scan(int subscriber, Span<byte> span, long now)
    {
        var position = 0;
        while (true)
        {
            var at = span[position..].IndexOf(Marker);
            if (at < 0)
            {
                return;
            }
            var start = position + at + Marker.Length;
            var end = span[start..].IndexOf((byte)'X');
            if (end < 0)
            {
                return;
            }
            if (Utf8Parser.TryParse(span.Slice(start, end), out int n, out var used) && used == end && n >= 0 && n < _entries)
            {
                ref var slot = ref _received[subscriber * _entries + n];
                if (slot == 0)
                {
                    slot = now;
                    Interlocked.Increment(ref _deliveries);
                }
            }
            position = start + end + 1;
        }
    }

    /// <summary>Per entry, milliseconds from its publication to its last subscriber's receipt (NaN if one never got it).</summary>
    public double[] LastReceipts(long[] published) =>
        Enumerable.Range(0, _entries).Select(n =>
        {
            long last = 0;
            for (var s = 0; s < _sockets.Length; s++)
            {
                var at = _received[s * _entries + n];
                if (at == 0)
                {
                    return double.NaN;
                }
                last = Math.Max(last, at);
            }
            return Stopwatch.GetElapsedTime(published[n], last).TotalMilliseconds;
        }).ToArray();

    /// <summary>Milliseconds from each entry's publication to each subscriber's receipt; missing deliveries are counted apart.</summary>
    public (List<double> Latencies, long Missing) Latencies(long[] published) => Latencies(published, 0, _entries);

    /// <summary>As <see cref="Latencies(long[])"/>, for entries <paramref name="from"/> up to (not including) <paramref name="to"/>, of the subscribers that were admitted.</summary>
    public (List<double> Latencies, long Missing) Latencies(long[] published, int from, int to)
    {
        var latencies = new List<double>(_sockets.Length * (to - from));
        long missing = 0;
        for (var s = 0; s < _sockets.Length; s++)
        {
            if (!_seen[s] || _rejected[s])
            {
                continue;
            }
            for (var n = from; n < to; n++)
            {
                var at = _received[s * _entries + n];
                if (at == 0 || published[n] == 0)
                {
                    missing++;
                }
                else
                {
                    latencies.Add(Stopwatch.GetElapsedTime(published[n], at).TotalMilliseconds);
                }
            }
        }
        return (latencies, missing);
    }

    public ValueTask DisposeAsync()
    {
        _stopping = true;
        _reader.Join();
        Epoll.Close(_epoll);
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
