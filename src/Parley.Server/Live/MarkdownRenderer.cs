using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Parley.Server.Live;

/// <summary>
/// Press Markdown to HTML, safely: raw HTML in the Markdown is escaped (Markdig's <c>DisableHtml</c>), and a link or image
/// whose address is not http, https or mailto (e.g. <c>javascript:</c>) loses its address. No script can get through.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url) && !link.IsEmail)
            {
                link.Url = "#";
            }
        }
        return document.ToHtml(Pipeline);
    }

    /// <summary>The text without markup, for feed titles and JSON-LD.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#'))
        {
            return true;
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.Scheme is "http" or "https" or "mailto"
            : !url.Contains(':');
    }
}
