using System.Net;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// Behind a TLS-terminating proxy, and in front of the public: anonymous reads limited per address, forwarded headers
/// believed only from trusted proxies, links and caches from the configured public URL (never the client's Host), allowed
/// hosts, HSTS over HTTPS only, and no-store on every response with personal data. Real server, real sockets.
/// </summary>
public sealed class DeploymentTests
{
    private static readonly Uri Public = new("https://parley.example.org");

    [Fact]
    public async Task anonymous_reads_over_the_rate_get_429_with_retry_after_and_another_address_is_not_affected()
    {
        // One read a minute after the burst: no token comes back while the test runs, however slow the machine.
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { AnonymousReadsPerMinute = 1, AnonymousReadBurst = 5 });
        using var client = server.Client();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await client.GetAsync("/api/rounds", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused ??= response;
            }
        }
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.NotNull(refused);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("reads a minute", (await refused.Json()).GetProperty("detail").GetString());

        using var other = Loopback.ClientFrom(Loopback.Second, server.Address);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/rounds", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task reads_with_a_token_are_not_held_to_the_anonymous_rate()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { AnonymousReadsPerMinute = 60, AnonymousReadBurst = 2 });
        using var press = server.Client("press");
        for (var i = 0; i < 10; i++)
        {
            using var response = await press.GetAsync("/api/rounds", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task x_forwarded_for_from_a_peer_that_is_not_a_trusted_proxy_does_not_escape_the_read_limit()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { AnonymousReadsPerMinute = 1, AnonymousReadBurst = 3 });
        using var client = server.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/rounds");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Fact]
    public async Task x_forwarded_for_from_a_trusted_proxy_names_the_client_and_only_its_last_entry_counts()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with
        {
            AnonymousReadsPerMinute = 1,
            AnonymousReadBurst = 2,
            TrustedProxies = [IPAddress.Loopback],
        });
        using var client = server.Client();
        async Task<HttpStatusCode> Read(string forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/rounds");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            return response.StatusCode;
        }

        // Each client the proxy names has its own allowance...
        Assert.All(await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Read($"198.51.100.{i}"))), s => Assert.Equal(HttpStatusCode.OK, s));
        // ...and what a client wrote itself before the proxy's entry changes nothing.
        var spoofed = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            spoofed.Add(await Read($"192.0.2.{i + 1}, 198.51.100.99"));
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], spoofed);
    }

    [Fact]
    public async Task feeds_link_to_the_public_url_whatever_host_the_client_names()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { PublicUrl = Public });
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/live/may-2025/feed.atom");
        request.Headers.Host = "localhost";
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var atom = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("https://parley.example.org/live/may-2025", atom);
        Assert.DoesNotContain("localhost", atom);
    }

    [Fact]
    public async Task a_host_name_that_is_not_allowed_gets_400_with_the_security_headers()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { PublicUrl = Public });
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/live");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task without_a_public_url_a_feed_never_carries_a_host_a_client_named_not_even_from_the_cache()
    {
        await using var server = await RunningServer.StartAsync(demo: true);
        using var client = server.Client();
        using (var poisoned = new HttpRequestMessage(HttpMethod.Get, "/live/may-2025/feed.json"))
        {
            poisoned.Headers.Host = "evil.example";
            using var response = await client.SendAsync(poisoned, TestContext.Current.CancellationToken);
            Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        var feed = await client.Text("/live/may-2025/feed.json");
        Assert.DoesNotContain("evil.example", feed);
        Assert.Contains(server.Address.GetLeftPart(UriPartial.Authority) + "/live/may-2025", feed);
    }

    [Fact]
    public async Task hsts_is_sent_over_https_as_the_trusted_proxy_reports_it_and_never_over_plain_http()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { PublicUrl = Public, TrustedProxies = [IPAddress.Loopback] });
        using var client = server.Client();
        async Task<HttpResponseMessage> Get(string? proto)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/live");
            request.Headers.Host = Public.Host;
            if (proto is not null)
            {
                request.Headers.Add("X-Forwarded-Proto", proto);
            }
            return await client.SendAsync(request, TestContext.Current.CancellationToken);
        }

        using var https = await Get("https");
        using var http = await Get(null);

        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        Assert.StartsWith("max-age=31536000", https.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task x_forwarded_proto_from_a_peer_that_is_not_a_trusted_proxy_gets_no_hsts()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { PublicUrl = Public });
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/live");
        request.Headers.Host = Public.Host;
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}

/// <summary>No browser, proxy or CDN keeps a copy of a response with personal data; public pages stay cacheable.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class PersonalDataCachingTests(DemoServer demo)
{
    [Theory]
    [InlineData("mediator", "/api/exchanges/may-2025/roster")]
    [InlineData("partyA", "/api/exchanges/may-2025/roster")]
    [InlineData("public", "/api/exchanges/may-2025/roster")]
    [InlineData("mediator", "/api/exchanges/no-such/roster")]
    [InlineData("mediator", "/api/exchanges/may-2025/persons/no-such")]
    public async Task every_response_of_an_endpoint_with_personal_data_says_no_store(string caller, string path)
    {
        using var response = await demo.Server.Client(caller).GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task public_pages_stay_cacheable()
    {
        using var response = await demo.Server.Client("mediator").GetAsync("/live/may-2025", TestContext.Current.CancellationToken);

        Assert.Contains("public", response.Headers.CacheControl?.ToString());
    }
}
