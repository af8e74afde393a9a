using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Parley.Server.Tests.Support;

/// <summary>
/// Clients from chosen loopback addresses (all of 127.0.0.0/8 is this machine), so that tests of per-address limits can
/// be more than one client; and raw event-stream connections that read their headers and then, if asked, nothing more.
/// </summary>
internal static class Loopback
{
    public static readonly IPAddress Second = IPAddress.Parse("127.0.0.2");

    /// <summary>An HTTP client whose connections come from <paramref name="source"/>.</summary>
    public static HttpClient ClientFrom(IPAddress source, Uri server, string? token = null)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>
    /// Opens an event stream on a raw socket from <paramref name="source"/> with a receive buffer of
    /// <paramref name="receiveBuffer"/> bytes, and reads up to the end of the response headers, no further.
    /// </summary>
    public static async Task<RawStream> OpenStreamAsync(Uri server, string path, IPAddress? source = null, int receiveBuffer = 64 * 1024, string? extraHeaders = null)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = receiveBuffer };
        socket.Bind(new IPEndPoint(source ?? IPAddress.Loopback, 0));
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port), TestContext.Current.CancellationToken);
        var request = $"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nAccept: text/event-stream\r\n{extraHeaders}\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        var head = new StringBuilder();
        var one = new byte[1];
        // Byte by byte, so that nothing of the body is taken from the socket.
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await socket.ReceiveAsync(one, TestContext.Current.CancellationToken) == 0)
            {
                break;
            }
            head.Append((char)one[0]);
        }
        var status = int.Parse(head.ToString().Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return new RawStream(socket, status, head.ToString());
    }
}

/// <summary>An event stream on a raw socket: its status and headers, then the socket itself.</summary>
internal sealed class RawStream(Socket socket, int status, string head) : IDisposable
{
    public Socket Socket { get; } = socket;

    public int Status { get; } = status;

    public string Head { get; } = head;

    public string? Header(string name) =>
        Head.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();

    /// <summary>Reads everything until the server closes the connection; the bytes read, or null if it is still open after <paramref name="timeout"/>.</summary>
    public async Task<long?> DrainUntilClosedAsync(TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            while (true)
            {
                var read = await Socket.ReceiveAsync(buffer, cts.Token);
                if (read == 0)
                {
                    return total;
                }
                total += read;
            }
        }
        catch (SocketException)
        {
            return total; // reset by the server: closed too
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => Socket.Dispose();
}
