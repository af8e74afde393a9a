using Parley.Server.Live;

namespace Parley.Server.Tests;

/// <summary>Press Markdown cannot inject script: raw HTML is escaped and unsafe link addresses are dropped.</summary>
public sealed class MarkdownSafetyTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void no_markdown_renders_to_active_content(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown).ToLowerInvariant();
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img src=\"x\" onerror", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.DoesNotContain("src=\"javascript:", html);
        Assert.DoesNotContain("<a href=\"javascript", html);
    }

    [Fact]
    public void ordinary_markdown_keeps_its_emphasis_and_safe_links()
    {
        var html = MarkdownRenderer.ToHtml("Buses have **crossed**; see [the statement](https://example.org/news).");
        Assert.Contains("<strong>crossed</strong>", html);
        Assert.Contains("href=\"https://example.org/news\"", html);
    }
}
