using System.Net;
using System.Net.Sockets;
using System.Text;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>HEAD works wherever GET does (RFC 9110 §9.3.2): the same status and headers, and no body.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class HeadRequestTests(DemoServer demo)
{
    public static TheoryData<string> Paths =>
    [
        "/", "/live", "/live/may-2025?lang=uk", "/live/no-such", "/live/may-2025/feed.atom", "/live/may-2025/feed.json",
        "/live/may-2025/events", "/log/checkpoint", "/log/latest-checkpoint", "/log/log.pub", "/log/tile/0/000",
        "/log/tile/entries/000", "/assets/live.css", "/assets/live.js", "/api/exchanges/may-2025", "/healthz",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task head_answers_with_the_status_and_content_type_of_get(string path)
    {
        using var client = demo.Server.Client();
        using var get = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), TestContext.Current.CancellationToken);

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.CacheControl?.ToString(), head.Headers.CacheControl?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task a_head_request_gets_headers_only_on_the_wire()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(demo.Server.Address.Host, demo.Server.Address.Port, TestContext.Current.CancellationToken);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HEAD /live/may-2025/feed.atom HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.StartsWith("HTTP/1.1 200", response);
        Assert.EndsWith("\r\n\r\n", response);
        Assert.Contains("Content-Length: ", response);
    }

    [Fact]
    public async Task a_method_no_endpoint_takes_is_still_405()
    {
        using var response = await demo.Server.Client().SendAsync(new HttpRequestMessage(HttpMethod.Put, "/live/may-2025"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task a_path_nothing_is_mapped_at_is_404_for_the_public()
    {
        using var response = await demo.Server.Client().GetAsync("/no/such/thing", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
