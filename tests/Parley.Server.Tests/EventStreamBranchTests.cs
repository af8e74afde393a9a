using System.Net;
using System.Net.Sockets;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// The public's event streams take a short branch of the pipeline (EventStreamBranch), and the server listens on several
/// queues per port (ListenQueues): what the whole pipeline and one queue did still holds — the anonymous read limit, the
/// answer to a dead token, the security headers, HEAD, and a port that is already taken.
/// </summary>
public sealed class EventStreamBranchTests
{
    private const string Stream = "/live/may-2025/events";

    [Fact]
    public async Task the_public_s_event_streams_count_against_the_anonymous_read_limit_of_their_address()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { AnonymousReadsPerMinute = 1, AnonymousReadBurst = 2 });

        using var first = await Loopback.OpenStreamAsync(server.Address, Stream);
        using var second = await Loopback.OpenStreamAsync(server.Address, Stream);
        using var third = await Loopback.OpenStreamAsync(server.Address, Stream);

        Assert.Equal([200, 200, 429], new[] { first.Status, second.Status, third.Status });
        Assert.NotNull(third.Header("Retry-After"));
        using var other = await Loopback.OpenStreamAsync(server.Address, Stream, Loopback.Second);
        Assert.Equal(200, other.Status);
    }

    [Fact]
    public async Task an_event_stream_asked_for_with_a_dead_token_is_answered_401()
    {
        await using var server = await RunningServer.StartAsync(demo: true);

        using var stream = await Loopback.OpenStreamAsync(server.Address, Stream, extraHeaders: $"Authorization: Bearer {server.Tokens["revoked"]}\r\n");

        Assert.Equal(401, stream.Status);
    }

    [Fact]
    public async Task event_streams_asked_for_with_a_token_are_not_held_to_the_anonymous_read_limit()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { AnonymousReadsPerMinute = 1, AnonymousReadBurst = 1 });
        var press = $"Authorization: Bearer {server.Tokens["press"]}\r\n";

        var streams = new List<RawStream>();
        for (var i = 0; i < 3; i++)
        {
            streams.Add(await Loopback.OpenStreamAsync(server.Address, Stream, extraHeaders: press));
        }

        Assert.All(streams, s => Assert.Equal(200, s.Status));
        streams.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task the_public_s_event_stream_carries_the_security_headers_and_its_own()
    {
        await using var server = await RunningServer.StartAsync(demo: true);

        using var stream = await Loopback.OpenStreamAsync(server.Address, Stream);

        Assert.Equal(200, stream.Status);
        Assert.StartsWith("text/event-stream", stream.Header("Content-Type"));
        Assert.Contains("frame-ancestors 'none'", stream.Header("Content-Security-Policy"));
        Assert.Equal("nosniff", stream.Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", stream.Header("Referrer-Policy"));
        Assert.Equal("no-cache, no-transform", stream.Header("Cache-Control"));
    }

    [Theory]
    [InlineData("/LIVE/may-2025/EVENTS", 200)]
    [InlineData("/live/no-such/events", 404)]
    [InlineData("/live/may-2025/events?after=x", 400)]
    public async Task the_public_s_event_stream_is_matched_and_answered_as_the_route_would(string path, int status)
    {
        await using var server = await RunningServer.StartAsync(demo: true);

        using var stream = await Loopback.OpenStreamAsync(server.Address, path);

        Assert.Equal(status, stream.Status);
    }

    [Fact]
    public async Task a_second_server_on_a_port_already_listened_on_fails_to_start_instead_of_sharing_it()
    {
        await using var first = await RunningServer.StartAsync(demo: false);

        var second = RunningServer.StartAsync(demo: false, o => o with { Urls = $"http://127.0.0.1:{first.Address.Port}" });

        await Assert.ThrowsAnyAsync<IOException>(() => second);
    }

    [Fact]
    public async Task connections_spread_over_several_listen_queues_are_all_answered()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { ListenQueues = 4, ListenBacklog = 8 });

        // Connected at once, more than one queue of 8 holds: the kernel spreads them over the four, and each is accepted from.
        var sockets = new List<Socket>();
        for (var i = 0; i < 24; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(new IPEndPoint(IPAddress.Loopback, server.Address.Port));
            sockets.Add(socket);
        }
        var statuses = await Task.WhenAll(sockets.Select(async socket =>
        {
            await socket.SendAsync("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"u8.ToArray(), TestContext.Current.CancellationToken);
            var buffer = new byte[64];
            var read = await socket.ReceiveAsync(buffer, TestContext.Current.CancellationToken);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).Split(' ')[1];
        }));

        Assert.All(statuses, s => Assert.Equal("200", s));
        sockets.ForEach(s => s.Dispose());
    }
}
