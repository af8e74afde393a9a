using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>Every response carries the security headers: a CSP without inline script, nosniff, frame-ancestors, Referrer-Policy.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class SecurityHeaderTests(DemoServer demo)
{
    public static TheoryData<string, string> Responses => new()
    {
        { "GET", "/" },
        { "GET", "/live/may-2025/feed.atom" },
        { "GET", "/live/no-such/feed.json" },
        { "GET", "/live/no-such/events" },
        { "GET", "/api/exchanges/no-such" },
        { "GET", "/api/exchanges/may-2025/roster" },
        { "POST", "/api/commands" },
        { "GET", "/log/tile/0/000" },
        { "GET", "/assets/live.js" },
        { "GET", "/no/such/thing" },
        { "PUT", "/live/may-2025" },
        { "GET", "/openapi/v1.json" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task every_response_carries_the_security_headers(string method, string path)
    {
        using var response = await demo.Server.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task the_live_page_has_no_inline_script_and_may_be_embedded_by_other_sites()
    {
        using var response = await demo.Server.Client().GetAsync("/live/may-2025", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors *", csp);
        // The only script elements: the page's own file, and JSON-LD, which is data that no browser runs.
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.All(scripts, s => Assert.True(s.Contains("src=\"/assets/live.js\"") || s.Contains("application/ld+json"), s));
    }

    [Fact]
    public async Task a_304_carries_the_security_headers_too()
    {
        using var client = demo.Server.Client();
        using var first = await client.GetAsync("/live/may-2025/feed.json", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/live/may-2025/feed.json");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Header(second, "X-Content-Type-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage!.RequestUri} has no {name} header");
}
