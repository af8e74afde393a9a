using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parley.Bench.Broadcast;

/// <summary>
/// Many server-sent event subscribers on raw loopback sockets (light enough for 10,000 in one process). Each notes when
/// it first sees the marker <c>PQX&lt;n&gt;X</c> of published entry n.
/// </summary>
internal sealed class SseSwarm : IAsyncDisposable
{
    private static readonly byte[] Marker = "PQX"u8.ToArray();
    private readonly Socket[] sockets;
    private readonly long[] received;
    private readonly int entries;
    private readonly Task[] readers;
    private readonly CancellationTokenSource stop = new();
    private int ready;
    private long deliveries;

    private SseSwarm(Socket[] sockets, int entries)
    {
        this.sockets = sockets;
        this.entries = entries;
        received = new long[sockets.Length * entries];
        readers = new Task[sockets.Length];
    }

    public int Count => sockets.Length;

    /// <summary>Subscribers that have had the response headers: the server has registered them.</summary>
    public int Ready => Volatile.Read(ref ready);

    public long Deliveries => Interlocked.Read(ref deliveries);

    public static async Task<SseSwarm> ConnectAsync(IPEndPoint server, string path, int count, int entries, CancellationToken cancellationToken)
    {
        var sockets = new Socket[count];
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n");
        // In batches, so the listen backlog is not overrun (a dropped SYN costs a second).
        const int Batch = 250;
        for (var first = 0; first < count; first += Batch)
        {
            var batch = Enumerable.Range(first, Math.Min(Batch, count - first)).Select(async i =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 16 * 1024 };
                await socket.ConnectAsync(server, cancellationToken);
                await socket.SendAsync(request, SocketFlags.None, cancellationToken);
                sockets[i] = socket;
            });
            await Task.WhenAll(batch);
        }
        var swarm = new SseSwarm(sockets, entries);
        for (var i = 0; i < count; i++)
        {
            var index = i;
            swarm.readers[i] = Task.Run(() => swarm.ReadAsync(index));
        }
        return swarm;
    }

    private async Task ReadAsync(int index)
    {
        var socket = sockets[index];
        var buffer = new byte[4096];
        var carry = 0;
        var first = true;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(carry), SocketFlags.None, stop.Token);
                if (read == 0)
                {
                    return;
                }
                var now = Stopwatch.GetTimestamp();
                if (first)
                {
                    first = false;
                    Interlocked.Increment(ref ready);
                }
                var span = buffer.AsSpan(0, carry + read);
                Scan(index, span, now);
                // Keep the tail for the next read: a marker cut in two is whole there (one seen twice counts once).
                carry = Math.Min(span.Length, 15);
                span[^carry..].CopyTo(buffer);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private int Scan(int subscriber, Span<byte> span, long now)
    {
        var position = 0;
        while (true)
        {
            var at = span[position..].IndexOf(Marker);
            if (at < 0)
            {
                return span.Length;
            }
            var start = position + at + Marker.Length;
            var end = span[start..].IndexOf((byte)'X');
            if (end < 0)
            {
                return position + at;
            }
            if (int.TryParse(Encoding.ASCII.GetString(span.Slice(start, end)), out var n) && n >= 0 && n < entries)
            {
                ref var slot = ref received[subscriber * entries + n];
                if (slot == 0)
                {
                    slot = now;
                    Interlocked.Increment(ref deliveries);
                }
            }
            position = start + end + 1;
        }
    }

    /// <summary>Milliseconds from each entry's publication to each subscriber's receipt; missing deliveries are counted apart.</summary>
    public (List<double> Latencies, long Missing) Latencies(long[] published)
    {
        var latencies = new List<double>(received.Length);
        long missing = 0;
        for (var s = 0; s < sockets.Length; s++)
        {
            for (var n = 0; n < entries; n++)
            {
                var at = received[s * entries + n];
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

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
        await Task.WhenAll(readers);
        stop.Dispose();
    }
}
