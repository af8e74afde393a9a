using System.Text;
using System.Text.Json.Nodes;
using NodaTime.Text;
using Parley.Core.Broadcast.Live;
using Parley.Core.State;

namespace Parley.Server.Live;

/// <summary>
/// The live page, rendered on the server so that it reads with JavaScript off: landmarks and headings, the figures and
/// the chart, the entries newest first, schema.org LiveBlogPosting JSON-LD. With JavaScript, live.js adds entries as
/// they arrive over server-sent events and the reader's own times.
/// </summary>
public static class LivePageRenderer
{
    public static string Page(LivePage page, ParleyState state, string language, long through)
    {
        var view = LiveView.Of(page, state, language);
        var id = LiveHtml.Encode(page.Live);
        var html = new StringBuilder();
        Head(html, language, view.Title + " · " + Texts.Get("live", language), page.Live);
        html.Append("<script type=\"application/ld+json\">").Append(JsonLd(page, view, language)).Append("</script>\n");
        html.Append($"</head>\n<body data-live=\"{id}\" data-lang=\"{language}\" data-last=\"{through}\" data-yours=\"{LiveHtml.Encode(Texts.Get("your.time", language))}\">\n");
        Banner(html, language, view.Title, "/live/" + Uri.EscapeDataString(page.Live));
        html.Append("<main id=\"main\">\n");
        if (view.Exchanges.Count > 0)
        {
            html.Append("<section aria-labelledby=\"figures\" id=\"figures-section\">\n").Append(Figures(view, language)).Append("</section>\n");
        }
        html.Append("<section aria-labelledby=\"updates\" id=\"entries\">\n<h2 id=\"updates\">").Append(LiveHtml.Encode(Texts.Get("entries", language))).Append("</h2>\n");
        html.Append("<p class=\"status\" id=\"live-status\" role=\"status\"></p>\n<div id=\"entry-list\">\n");
        if (page.Entries.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(LiveHtml.Encode(Texts.Get("no.entries", language))).Append("</p>\n");
        }
        for (var i = page.Entries.Count - 1; i >= 0; i--)
        {
            html.Append(LiveHtml.Entry(page.Entries[i], page, language));
        }
        html.Append("</div>\n</section>\n</main>\n");
        Footer(html, language, page);
        html.Append("<script src=\"/assets/live.js\" defer></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The figures of a page (counters, chart, stages): in the page, and sent again over the event stream when they change.</summary>
    public static string Figures(LiveView view, string language)
    {
        var html = new StringBuilder();
        html.Append("<h2 id=\"figures\">").Append(LiveHtml.Encode(Texts.Get("figures", language))).Append("</h2>\n");
        foreach (var x in view.Exchanges)
        {
            html.Append($"<div class=\"exchange\">\n<h3><a href=\"/live/{Uri.EscapeDataString(x.Id)}{Query(language)}\">{LiveHtml.Encode(x.Id)}</a></h3>\n");
            html.Append("<p class=\"counter\">").Append(LiveHtml.Encode(LiveView.Returned(x, language))).Append("</p>\n");
            html.Append("<p class=\"terms\">").Append(LiveHtml.Encode(Texts.Format("terms", language, new TextArgument("terms", x.Terms)))).Append("</p>\n");
            if (x.Stages.Count > 0)
            {
                html.Append("<figure>\n").Append(ProgressChart.Svg(x, language)).Append("\n<figcaption>")
                    .Append(LiveHtml.Encode(Texts.Get("chart", language))).Append("</figcaption>\n<ul class=\"stages\">\n");
                foreach (var s in x.Stages)
                {
                    html.Append("<li>").Append(LiveHtml.Encode(Texts.Format("stage.row", language, new("number", s.Number), new("date", s.Date),
                        new("releasedA", s.ReleasedA), new("plannedA", s.PlannedA), new("sideA", x.SideA),
                        new("releasedB", s.ReleasedB), new("plannedB", s.PlannedB), new("sideB", x.SideB)))).Append("</li>\n");
                }
                html.Append("</ul>\n</figure>\n");
            }
            html.Append("</div>\n");
        }
        return html.ToString();
    }

    public static string Index(IReadOnlyList<LivePage> pages, ParleyState state, string language)
    {
        var html = new StringBuilder();
        var title = Texts.Get("index.title", language);
        Head(html, language, title, null);
        html.Append("</head>\n<body>\n");
        Banner(html, language, title, "/");
        html.Append("<main id=\"main\">\n<ul class=\"index\">\n");
        foreach (var round in state.Rounds.Values.OrderBy(r => r.Number))
        {
            html.Append($"<li><a href=\"/live/{Uri.EscapeDataString(round.Id)}{Query(language)}\">")
                .Append(LiveHtml.Encode(Texts.Format("index.round", language, new("number", round.Number), new("venue", round.Venue), new("city", round.City)))).Append("</a> ")
                .Append(LiveHtml.Time(round.ScheduledStart, round.Zone, language));
            var agreements = state.Agreements.Values.Where(a => a.RoundId == round.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
            var exchanges = state.Exchanges.Values.Where(x => agreements.ContainsKey(x.AgreementId)).ToList();
            if (exchanges.Count > 0)
            {
                html.Append("\n<ul>\n");
                foreach (var x in exchanges)
                {
                    html.Append($"<li><a href=\"/live/{Uri.EscapeDataString(x.Id)}{Query(language)}\">")
                        .Append(LiveHtml.Encode(Texts.Format("index.exchange", language, new TextArgument("title", agreements[x.AgreementId].Title)))).Append("</a></li>\n");
                }
                html.Append("</ul>\n");
            }
            html.Append("</li>\n");
        }
        html.Append("</ul>\n</main>\n");
        html.Append("<footer><p>").Append(LiveHtml.Encode(Texts.Get("record", language))).Append("</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string NotFound(string live, string language)
    {
        var html = new StringBuilder();
        var message = Texts.Format("not.found", language, new TextArgument("live", live));
        Head(html, language, message, null);
        html.Append("</head>\n<body>\n");
        Banner(html, language, message, "/");
        html.Append("<main id=\"main\"><p><a href=\"/\">").Append(LiveHtml.Encode(Texts.Get("index.title", language))).Append("</a></p></main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Query(string language) => "?lang=" + language;

    private static void Head(StringBuilder html, string language, string title, string? live)
    {
        html.Append($"<!doctype html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(LiveHtml.Encode(title)).Append("</title>\n<link rel=\"stylesheet\" href=\"/assets/live.css\">\n");
        if (live is not null)
        {
            var path = "/live/" + Uri.EscapeDataString(live);
            html.Append($"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{path}/feed.atom?lang={language}\">\n");
            html.Append($"<link rel=\"alternate\" type=\"application/feed+json\" href=\"{path}/feed.json?lang={language}\">\n");
        }
    }

    private static void Banner(StringBuilder html, string language, string title, string path)
    {
        html.Append("<a class=\"skip\" href=\"#main\">").Append(LiveHtml.Encode(Texts.Get("skip", language))).Append("</a>\n<header>\n<p class=\"site\"><a href=\"/\">")
            .Append(LiveHtml.Encode(Texts.Get("site", language))).Append("</a></p>\n<h1>").Append(LiveHtml.Encode(title)).Append("</h1>\n");
        html.Append("<nav aria-label=\"").Append(LiveHtml.Encode(Texts.Get("languages", language))).Append("\"><ul class=\"languages\">");
        foreach (var (code, name) in new[] { ("en", "English"), ("uk", "Українська"), ("ru", "Русский") })
        {
            html.Append($"<li><a href=\"{path}?lang={code}\" lang=\"{code}\" hreflang=\"{code}\"{(code == language ? " aria-current=\"page\"" : "")}>{name}</a></li>");
        }
        html.Append("</ul></nav>\n</header>\n");
    }

    private static void Footer(StringBuilder html, string language, LivePage page)
    {
        var path = "/live/" + Uri.EscapeDataString(page.Live);
        html.Append("<footer>\n<p>").Append(LiveHtml.Encode(Texts.Format("times", language, new TextArgument("zone", page.Zone.Id)))).Append("</p>\n");
        html.Append($"<p><a href=\"{path}/feed.atom?lang={language}\">Atom</a> · <a href=\"{path}/feed.json?lang={language}\">JSON Feed</a></p>\n");
        html.Append("<p>").Append(LiveHtml.Encode(Texts.Get("record", language))).Append("</p>\n</footer>\n");
    }

    /// <summary>schema.org LiveBlogPosting (https://schema.org/LiveBlogPosting); the serializer escapes '&lt;', so no '&lt;/script&gt;' gets out.</summary>
    private static string JsonLd(LivePage page, LiveView view, string language)
    {
        var updates = new JsonArray();
        for (var i = page.Entries.Count - 1; i >= 0 && updates.Count < 50; i--)
        {
            var item = page.Entries[i];
            var text = LiveHtml.PlainText(item, language);
            updates.Add(new JsonObject
            {
                ["@type"] = "BlogPosting",
                ["headline"] = text.Length > 110 ? text[..110] : text,
                ["articleBody"] = text,
                ["datePublished"] = InstantPattern.ExtendedIso.Format(item.At),
                ["url"] = "#" + item.Anchor,
            });
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
            ld["coverageStartTime"] = InstantPattern.ExtendedIso.Format(page.Entries[0].At);
            ld["dateModified"] = InstantPattern.ExtendedIso.Format(page.Entries[^1].At);
        }
        return ld.ToJsonString(LiveJson.Options);
    }
}
