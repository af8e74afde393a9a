using System.Text;
using NodaTime;
using NodaTime.Text;
using Parley.Core.Broadcast.Live;

namespace Parley.Server.Live;

/// <summary>The HTML of live entries: shared by the page, the event stream and the feeds, so all three show the same.</summary>
public static class LiveHtml
{
    /// <summary>Escapes the five characters that matter in HTML text and attributes, leaving every other letter as it is.</summary>
    public static string Encode(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    /// <summary>The entry's body: the press officer's Markdown rendered safely, or the automatic text in the reader's language.</summary>
    public static string Body(LiveEntry item, string language) =>
        item.Markdown is { } markdown ? MarkdownRenderer.ToHtml(markdown) : "<p>" + Encode(Texts.Format(item.Auto!, language)) + "</p>\n";

    public static string PlainText(LiveEntry item, string language) =>
        item.Markdown is { } markdown ? MarkdownRenderer.ToPlainText(markdown) : Texts.Format(item.Auto!, language);

    /// <summary>
    /// One entry as an article. A corrected entry shows its original text struck through with the correction beside it;
    /// a correction says which entry it corrects.
    /// </summary>
    public static string Entry(LiveEntry item, LivePage page, string language)
    {
        var html = new StringBuilder();
        html.Append($"<article class=\"entry{(item.Key ? " key" : "")}{(item.CorrectedBy is null ? "" : " corrected")}\" id=\"{item.Anchor}\" data-seq=\"{item.Sequence}\">\n");
        html.Append("<p class=\"meta\">").Append(Time(item.At, page.Zone, language));
        if (item.Key)
        {
            html.Append(" <strong class=\"badge\">").Append(Encode(Texts.Get("key", language))).Append("</strong>");
        }
        html.Append("</p>\n");
        if (item.CorrectedBy is { } by && page.Find(by) is { } correction)
        {
            html.Append("<div class=\"versions\">\n<del class=\"body original\">").Append(Body(item, language)).Append("</del>\n");
            html.Append("<aside class=\"correction\" aria-label=\"").Append(Encode(Texts.Get("correction", language))).Append("\">");
            html.Append("<p class=\"label\"><strong>").Append(Encode(Texts.Get("correction", language))).Append("</strong> · ")
                .Append(Time(correction.At, page.Zone, language)).Append("</p>\n");
            html.Append(Body(correction, language)).Append("</aside>\n</div>\n");
            html.Append("<p class=\"note\">").Append(Encode(Texts.Get("corrected", language))).Append("</p>\n");
        }
        else
        {
            html.Append("<div class=\"body\">").Append(Body(item, language)).Append("</div>\n");
        }
        if (item.Corrects is { } corrected)
        {
            html.Append($"<p class=\"note\"><a href=\"#e-{Encode(corrected)}\">").Append(Encode(Texts.Get("corrects", language))).Append("</a></p>\n");
        }
        html.Append("</article>\n");
        return html.ToString();
    }

    /// <summary>A machine-readable instant with the venue's wall-clock time as its text; the page's script adds the reader's.</summary>
    public static string Time(Instant at, DateTimeZone zone, string language) =>
        $"<time datetime=\"{InstantPattern.ExtendedIso.Format(at)}\">{Encode(Texts.Time(at.InZone(zone), language))}</time>";
}
