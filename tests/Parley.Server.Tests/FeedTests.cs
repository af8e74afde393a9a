using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>The feeds follow their formats (RFC 4287 Atom, JSON Feed 1.1) and answer If-None-Match with 304.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class FeedTests(DemoServer demo)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task the_atom_feed_is_well_formed_with_the_required_elements(string language)
    {
        var xml = XDocument.Parse(await demo.Server.Client().Text($"/live/may-2025/feed.atom?lang={language}"));
        var feed = xml.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.NotNull(feed.Element(Atom + required));
        }
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            foreach (var required in new[] { "id", "title", "updated" })
            {
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + required)?.Value), $"an entry lacks {required}");
            }
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public async Task the_json_feed_has_the_required_fields()
    {
        var feed = JsonDocument.Parse(await demo.Server.Client().Text("/live/may-2025/feed.json")).RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(feed.GetProperty("title").GetString()));
        var items = feed.GetProperty("items");
        Assert.True(items.GetArrayLength() > 0);
        foreach (var item in items.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
            Assert.True(item.TryGetProperty("content_html", out _) || item.TryGetProperty("content_text", out _));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
        }
    }

    [Theory]
    [InlineData("/live/may-2025/feed.atom")]
    [InlineData("/live/may-2025/feed.json")]
    [InlineData("/live/may-2025")]
    public async Task an_unchanged_etag_gets_304_with_no_body_and_cdn_friendly_caching(string path)
    {
        using var client = demo.Server.Client();
        using var first = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);
        if (second.StatusCode == HttpStatusCode.OK)
        {
            // The log moved on between the two requests (another test wrote); the new ETag must then differ.
            Assert.NotEqual(etag, second.Headers.ETag);
            return;
        }
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task a_correction_appears_in_the_feeds_beside_the_struck_original()
    {
        using var press = demo.Server.Client("press");
        var (original, _) = await press.PostEntry("bodies-2025", "The transfer took place at the Belarusian border.");
        await press.PostEntry("bodies-2025", "The transfer took place at the **Ukrainian** border.", corrects: original);
        var atom = XDocument.Parse(await demo.Server.Client().Text("/live/bodies-2025/feed.atom"));
        var entry = atom.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.EndsWith("#e-" + original));
        var content = entry.Element(Atom + "content")!.Value;
        Assert.Contains("<del class=\"body original\">", content);
        Assert.Contains("Belarusian", content);
        Assert.Contains("<strong>Ukrainian</strong>", content);
        var json = await demo.Server.Client().Text("/live/bodies-2025/feed.json");
        Assert.Contains("Belarusian", json);
    }

    [Fact]
    public async Task automatic_entries_follow_the_readers_language()
    {
        using var client = demo.Server.Client();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("uk"));
        // The HTML encoder writes the no-break spaces that group digits in Ukrainian as &#xA0;.
        var page = WebUtility.HtmlDecode(await client.Text("/live/may-2025"));
        Assert.Contains("Обмін виконано", page);
        Assert.Contains("повернуто на цей час: 1 000 з 1 000 з кожного боку", page.Replace('\u00A0', ' ').Replace('\u202F', ' '));
        var russian = await demo.Server.Client().Text("/live/may-2025?lang=ru");
        Assert.Contains("Обмен выполнен", russian);
        var english = await demo.Server.Client().Text("/live/may-2025?lang=en");
        Assert.Contains("returned so far: 1,000 of 1,000 each side", english);
    }
}
