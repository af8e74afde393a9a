using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using NodaTime;
using NodaTime.Text;
using Parley.Core.Broadcast.Live;

namespace Parley.Server.Live;

/// <summary>
/// The live page as feeds for media: Atom (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287) and JSON Feed 1.1
/// (https://www.jsonfeed.org/version/1.1/). A corrected entry carries both versions, the original struck through.
/// Feeds carry the newest <see cref="Entries"/> entries (both formats allow a partial feed; the page has them all), so a
/// day-long live page does not make every poll of every newsroom's reader heavier.
/// </summary>
public static class FeedRenderer
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>How many of the newest entries a feed carries.</summary>
    public const int Entries = 100;

    /// <summary>The Atom feed; <paramref name="feed"/> is the feed's file name without extension (the page's whole feed, or its key events).</summary>
    public static byte[] Atom(LivePage page, string title, string language, string baseUrl, LiveFragments html, string feed = "feed")
    {
        var pageUrl = PageUrl(page, baseUrl);
        var entries = NewestFirst(page);
        var content = html.Entries(entries, page, language);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", AtomNamespace, feed == "feed" ? pageUrl : $"{pageUrl}/{feed}");
            xml.WriteElementString("title", AtomNamespace, title);
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(Updated(page)));
            Link(xml, "self", $"{pageUrl}/{feed}.atom?lang={language}", "application/atom+xml");
            Link(xml, "alternate", $"{pageUrl}?lang={language}", "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, "Parley");
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNamespace, "Parley");
            for (var i = 0; i < entries.Count; i++)
            {
                var item = entries[i];
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, $"{pageUrl}#{item.Anchor}");
                xml.WriteElementString("title", AtomNamespace, Title(item, page, language));
                xml.WriteElementString("published", AtomNamespace, Rfc3339(item.At));
                xml.WriteElementString("updated", AtomNamespace, Rfc3339(Modified(item, page)));
                Link(xml, "alternate", $"{pageUrl}?lang={language}#{item.Anchor}", "text/html");
                if (item.Byline is { } byline)
                {
                    xml.WriteStartElement("author", AtomNamespace);
                    xml.WriteElementString("name", AtomNamespace, byline);
                    xml.WriteEndElement();
                }
                if (item.Key)
                {
                    xml.WriteStartElement("category", AtomNamespace);
                    xml.WriteAttributeString("term", "key-event");
                    xml.WriteEndElement();
                }
                xml.WriteStartElement("content", AtomNamespace);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(content[i]);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    /// <summary>The JSON Feed 1.1; <paramref name="extension"/> is its <c>_parley</c> object (extensions begin with an underscore), if any.</summary>
    public static byte[] Json(LivePage page, string title, string language, string baseUrl, LiveFragments html, JsonObject? extension = null, string file = "feed")
    {
        var pageUrl = PageUrl(page, baseUrl);
        var entries = NewestFirst(page);
        var content = html.Entries(entries, page, language);
        var items = new JsonArray();
        for (var i = 0; i < entries.Count; i++)
        {
            var item = entries[i];
            var entry = new JsonObject
            {
                ["id"] = $"{pageUrl}#{item.Anchor}",
                ["url"] = $"{pageUrl}?lang={language}#{item.Anchor}",
                ["title"] = Title(item, page, language),
                ["content_html"] = content[i],
                ["content_text"] = LiveText.Plain(item, language),
                ["date_published"] = Rfc3339(item.At),
                ["date_modified"] = Rfc3339(Modified(item, page)),
            };
            if (item.Byline is { } byline)
            {
                entry["authors"] = new JsonArray(new JsonObject { ["name"] = byline });
            }
            if (item.Key)
            {
                entry["tags"] = new JsonArray("key-event");
            }
            items.Add(entry);
        }
        var feed = new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = title,
            ["home_page_url"] = $"{pageUrl}?lang={language}",
            ["feed_url"] = $"{pageUrl}/{file}.json?lang={language}",
            ["language"] = language,
            ["authors"] = new JsonArray(new JsonObject { ["name"] = "Parley" }),
            ["items"] = items,
        };
        if (extension is not null)
        {
            feed["_parley"] = extension;
        }
        return Encoding.UTF8.GetBytes(feed.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static List<LiveEntry> NewestFirst(LivePage page)
    {
        var newest = new List<LiveEntry>();
        for (var i = page.Entries.Count - 1; i >= Math.Max(0, page.Entries.Count - Entries); i--)
        {
            newest.Add(page.Entries[i]);
        }
        return newest;
    }

    private static string Title(LiveEntry item, LivePage page, string language)
    {
        var text = LiveText.Plain(item, language).ReplaceLineEndings(" ");
        if (text.Length > 100)
        {
            text = text[..100] + "…";
        }
        return item.CorrectedBy is not null ? $"[{Texts.Get("correction", language)}] {text}" : text;
    }

    private static Instant Modified(LiveEntry item, LivePage page) =>
        item.CorrectedBy is { } by && page.Find(by) is { } correction ? correction.At : item.At;

    private static Instant Updated(LivePage page) =>
        page.Entries.Count == 0 ? Instant.FromUnixTimeSeconds(0) : page.Entries.Max(i => Modified(i, page));

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string PageUrl(LivePage page, string baseUrl) => baseUrl + LiveText.PagePath(page.Live);

    private static string Rfc3339(Instant at) => InstantPattern.ExtendedIso.Format(at);
}
