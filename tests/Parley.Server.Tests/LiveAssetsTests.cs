using System.Net;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>The live page's stylesheet and script: files served by the framework's static assets, revalidated by ETag.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class LiveAssetsTests(DemoServer demo)
{
    [Theory]
    [InlineData("/assets/live.css", "text/css", ".entry.key")]
    [InlineData("/assets/live.js", "text/javascript", "new EventSource(")]
    public async Task an_asset_is_served_with_its_type_and_answers_an_unchanged_etag_with_304(string path, string type, string content)
    {
        using var client = demo.Server.Client();
        using var first = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(type, first.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
