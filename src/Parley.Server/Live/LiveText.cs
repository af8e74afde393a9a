using Parley.Core.Broadcast.Live;

namespace Parley.Server.Live;

/// <summary>The text of live entries without markup, and the paths of live pages: shared by the pages, the feeds and JSON-LD.</summary>
public static class LiveText
{
    /// <summary>An entry's text without markup, for feed titles and JSON-LD.</summary>
    public static string Plain(LiveEntry entry, string language) =>
        entry.Markdown is { } markdown ? MarkdownRenderer.ToPlainText(markdown) : Texts.Format(entry.Auto!, language);

    /// <summary>The path of a live page, e.g. <c>/live/may-2025</c>.</summary>
    public static string PagePath(string live) => "/live/" + Uri.EscapeDataString(live);
}
