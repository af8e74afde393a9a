using Parley.Core.Broadcast.Live;
using Parley.Core.Talks;

namespace Parley.Server.Live;

/// <summary>The text of live entries without markup, and the paths of live pages: shared by the pages, the feeds and JSON-LD.</summary>
public static class LiveText
{
    /// <summary>An entry's text without markup, for feed titles and JSON-LD.</summary>
    public static string Plain(LiveEntry entry, string language)
    {
        if (entry.Markdown is { } markdown)
        {
            return MarkdownRenderer.ToPlainText(markdown);
        }
        var text = Texts.Format(entry.Auto!, language);
        if (entry.Auto!["language"] is string said)
        {
            text += " " + Texts.Format("statement.said", language, new TextArgument("language", Texts.LanguageName(said, language)));
        }
        if (entry.Auto["sources"] is IReadOnlyList<StatementSource> sources)
        {
            text += " " + Texts.Get("statement.sources", language) + ": " + string.Join("; ", sources.Select(s => $"{s.Outlet} <{s.Url}>"));
        }
        else if (entry.Auto["source"] is string source)
        {
            text += " " + Texts.Get("statement.sources", language) + ": <" + source + ">";
        }
        return text;
    }

    /// <summary>The path of a live page, e.g. <c>/live/may-2025</c>.</summary>
    public static string PagePath(string live) => "/live/" + Uri.EscapeDataString(live);
}
