using System.Text.Json.Nodes;
using NodaTime.Text;
using Parley.Core.Broadcast.Live;

namespace Parley.Server.Live;

/// <summary>
/// A live page as schema.org LiveBlogPosting (https://schema.org/LiveBlogPosting), for search engines and aggregators:
/// the newest 50 entries. The serializer escapes '&lt;', so no '&lt;/script&gt;' can get out of the element.
/// </summary>
public static class LiveJsonLd
{
    public static string ScriptElement(LivePage page, LiveView view, string language) =>
        "<script type=\"application/ld+json\">" + Of(page, view, language).ToJsonString(LiveJson.Options) + "</script>";

    public static JsonObject Of(LivePage page, LiveView view, string language)
    {
        var updates = new JsonArray();
        for (var i = page.Entries.Count - 1; i >= 0 && updates.Count < 50; i--)
        {
            var entry = page.Entries[i];
            var text = LiveText.Plain(entry, language);
            var update = new JsonObject
            {
                ["@type"] = "BlogPosting",
                ["headline"] = text.Length > 110 ? text[..110] : text,
                ["articleBody"] = text,
                ["datePublished"] = InstantPattern.ExtendedIso.Format(entry.At),
                ["url"] = "#" + entry.Anchor,
            };
            if (entry.Byline is { } byline)
            {
                update["author"] = new JsonObject { ["name"] = byline };
            }
            updates.Add(update);
        }
        var ld = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "LiveBlogPosting",
            ["headline"] = view.Title,
            ["inLanguage"] = language,
            ["liveBlogUpdate"] = updates,
        };
        if (page.Entries.Count > 0)
        {
            // Entries are in log order; one recorded after the fact (a statement, a claim) may be dated before an earlier one.
            ld["coverageStartTime"] = InstantPattern.ExtendedIso.Format(page.Entries.Min(e => e.At));
            ld["dateModified"] = InstantPattern.ExtendedIso.Format(page.Entries.Max(e => e.At));
        }
        return ld;
    }
}
