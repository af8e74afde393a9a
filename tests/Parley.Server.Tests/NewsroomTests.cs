using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// What newsrooms use: the embeddable counter's headers, the key-events feeds, statements with their source and language
/// on the page, every page's JSON-LD dates, and the feeds held to RFC 4287's and JSON Feed 1.1's rules in every language.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class NewsroomTests(DemoServer demo)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static TheoryData<string> Languages => ["en", "uk", "ru", "tr"];

    public static TheoryData<string> Pages => ["r1", "r2", "r3", "may-2025", "june-2025", "bodies-2025", "july-2025"];

    [Theory]
    [InlineData("/live/may-2025/counter.svg", "image/svg+xml")]
    [InlineData("/live/may-2025/counter.json", "application/json")]
    [InlineData("/live/may-2025/embed", "text/html")]
    public async Task the_counter_may_be_read_and_framed_from_any_origin_and_revalidates_with_its_etag(string path, string type)
    {
        using var client = demo.Server.Client();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.NotNull(response.Headers.ETag);
        if (type == "text/html")
        {
            Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var second = await client.SendAsync(again, TestContext.Current.CancellationToken);
        Assert.True(second.StatusCode == HttpStatusCode.NotModified || second.Headers.ETag != response.Headers.ETag);
    }

    [Fact]
    public async Task the_counter_svg_says_the_count_under_the_exchanges_title()
    {
        var svg = XDocument.Parse(await demo.Server.Client().Text("/live/may-2025/counter.svg?lang=tr"));

        var texts = svg.Descendants(XNamespace.Get("http://www.w3.org/2000/svg") + "text").Select(t => t.Value).ToList();
        Assert.Equal("Prisoner exchange of 1,000 for 1,000", texts[0]);
        Assert.Contains("1.000", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_round_has_no_counter()
    {
        using var response = await demo.Server.Client().GetAsync("/live/r1/counter.svg", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task the_key_events_feed_has_key_events_only()
    {
        var all = XDocument.Parse(await demo.Server.Client().Text("/live/may-2025/feed.atom")).Root!.Elements(Atom + "entry").Count();
        var key = XDocument.Parse(await demo.Server.Client().Text("/live/may-2025/key-events.atom")).Root!.Elements(Atom + "entry").ToList();
        var json = JsonDocument.Parse(await demo.Server.Client().Text("/live/may-2025/key-events.json")).RootElement;

        Assert.NotEmpty(key);
        Assert.True(key.Count < all);
        Assert.All(key, e => Assert.Contains(e.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "key-event"));
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal("key-event", i.GetProperty("tags")[0].GetString()));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task a_rounds_outcome_reported_after_the_fact_is_dated_on_the_rounds_day_with_its_byline_on_the_page_and_in_both_feeds(string language)
    {
        var html = await demo.Server.Client().Text($"/live/r2?lang={language}");
        var atom = XDocument.Parse(await demo.Server.Client().Text($"/live/r2/feed.atom?lang={language}")).Root!;
        var json = JsonDocument.Parse(await demo.Server.Client().Text($"/live/r2/feed.json?lang={language}")).RootElement;

        Assert.Contains("339", html, StringComparison.Ordinal);
        Assert.Contains("class=\"byline\"", html, StringComparison.Ordinal);
        Assert.Contains("Parley demo press desk", html, StringComparison.Ordinal);
        var children = atom.Elements(Atom + "entry").Single(e => ((string)e.Element(Atom + "id")!).EndsWith("#e-r2-children", StringComparison.Ordinal));
        Assert.StartsWith("2025-06-02T", (string)children.Element(Atom + "published")!, StringComparison.Ordinal);
        Assert.Equal("Parley demo press desk", (string)children.Element(Atom + "author")!.Element(Atom + "name")!);
        var item = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString()!.EndsWith("#e-r2-children", StringComparison.Ordinal));
        Assert.StartsWith("2025-06-02T", item.GetProperty("date_published").GetString(), StringComparison.Ordinal);
        Assert.Equal("Parley demo press desk", item.GetProperty("authors")[0].GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task the_round_page_shows_each_statement_with_its_source_link_and_language(string language)
    {
        var html = await demo.Server.Client().Text($"/live/r1?lang={language}");

        Assert.Contains("в ближайшие дни", html, StringComparison.Ordinal);
        Assert.Contains("big result", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.themoscowtimes.com/\"", html, StringComparison.Ordinal);
        Assert.Contains(language switch { "en" => "Said in Russian", "uk" => "російська", "ru" => "русский", _ => "Rusça" }, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task every_pages_json_ld_covers_its_entries_and_no_2025_page_has_a_later_entry(string live)
    {
        var html = await demo.Server.Client().Text($"/live/{live}");
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal) + "<script type=\"application/ld+json\">".Length;
        var ld = JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]).RootElement;

        Assert.Equal("LiveBlogPosting", ld.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrEmpty(ld.GetProperty("headline").GetString()));
        var from = DateTimeOffset.Parse(ld.GetProperty("coverageStartTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse(ld.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var update in ld.GetProperty("liveBlogUpdate").EnumerateArray())
        {
            Assert.Equal("BlogPosting", update.GetProperty("@type").GetString());
            var at = DateTimeOffset.Parse(update.GetProperty("datePublished").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(at, from, to);
            // Entries made from the record (anchors e-auto-N) are dated when things happened; other tests post press entries now.
            if (from.Year == 2025 && update.GetProperty("url").GetString()!.StartsWith("#e-auto-", StringComparison.Ordinal))
            {
                Assert.Equal(2025, at.Year);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task every_atom_feed_keeps_rfc_4287s_rules(string language)
    {
        foreach (var live in new[] { "r1", "r2", "may-2025" })
        {
            foreach (var file in new[] { "feed", "key-events" })
            {
                var feed = XDocument.Parse(await demo.Server.Client().Text($"/live/{live}/{file}.atom?lang={language}")).Root!;
                Assert.Equal(Atom + "feed", feed.Name);
                Assert.Equal(language, (string?)feed.Attribute(XNamespace.Xml + "lang"));
                // atom:feed: exactly one id, title, updated; an author (for entries without one of their own); one self link.
                foreach (var one in new[] { "id", "title", "updated", "author" })
                {
                    Assert.Single(feed.Elements(Atom + one));
                }
                Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute));
                Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
                Rfc3339(feed.Element(Atom + "updated")!.Value);
                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in feed.Elements(Atom + "entry"))
                {
                    foreach (var one in new[] { "id", "title", "updated" })
                    {
                        Assert.Single(entry.Elements(Atom + one));
                    }
                    Assert.True(ids.Add(entry.Element(Atom + "id")!.Value), "entry ids are unique");
                    Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
                    Rfc3339(entry.Element(Atom + "updated")!.Value);
                    Rfc3339(entry.Element(Atom + "published")!.Value);
                    Assert.All(entry.Elements(Atom + "author"), a => Assert.False(string.IsNullOrWhiteSpace((string?)a.Element(Atom + "name"))));
                    // An entry without content must have an alternate link; with type="html", the content is escaped HTML.
                    Assert.Equal("html", (string?)entry.Element(Atom + "content")!.Attribute("type"));
                    Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("type") == "text/html");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task every_json_feed_keeps_json_feed_1_1s_rules(string language)
    {
        foreach (var live in new[] { "r1", "r2", "may-2025" })
        {
            foreach (var file in new[] { "feed", "key-events" })
            {
                var feed = JsonDocument.Parse(await demo.Server.Client().Text($"/live/{live}/{file}.json?lang={language}")).RootElement;
                Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
                Assert.False(string.IsNullOrEmpty(feed.GetProperty("title").GetString()));
                Assert.Equal(language, feed.GetProperty("language").GetString());
                Assert.EndsWith($"/{file}.json?lang={language}", feed.GetProperty("feed_url").GetString(), StringComparison.Ordinal);
                Assert.All(feed.GetProperty("authors").EnumerateArray(), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("name").GetString())));
                foreach (var property in feed.EnumerateObject().Where(p => !p.Name.StartsWith('_')))
                {
                    Assert.Contains(property.Name, new[] { "version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon", "authors", "language", "expired", "hubs", "items" });
                }
                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in feed.GetProperty("items").EnumerateArray())
                {
                    Assert.Equal(JsonValueKind.String, item.GetProperty("id").ValueKind);
                    Assert.True(ids.Add(item.GetProperty("id").GetString()!), "item ids are unique");
                    Assert.True(item.TryGetProperty("content_html", out _) || item.TryGetProperty("content_text", out _));
                    Rfc3339(item.GetProperty("date_published").GetString()!);
                    Rfc3339(item.GetProperty("date_modified").GetString()!);
                }
            }
        }
    }

    [Fact]
    public async Task the_figures_are_headed_by_the_exchanges_title_and_the_chart_leaves_room_for_its_labels()
    {
        var html = await demo.Server.Client().Text("/live/may-2025?lang=en");

        Assert.Contains(">Prisoner exchange of 1,000 for 1,000</a></h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">may-2025</a></h3>", html, StringComparison.Ordinal);
        foreach (System.Text.RegularExpressions.Match value in System.Text.RegularExpressions.Regex.Matches(html, "<text x=\"(\\d+)\" y=\"\\d+\" class=\"value\">([^<]+)</text>"))
        {
            // 640 wide; at most 8px a character of a 13px label.
            Assert.True(int.Parse(value.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + value.Groups[2].Value.Length * 8 <= 640, $"'{value.Groups[2].Value}' runs past the edge");
        }
        Assert.Contains("The record agrees.", html, StringComparison.Ordinal);
    }

    private static void Rfc3339(string value) =>
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", value);
}
