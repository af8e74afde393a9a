using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Parley.Server.Family.Pages;

namespace Parley.Server.Family;

/// <summary>
/// The family page with a message above the form and no status — the neutral answer to a code that opens nothing, and a
/// typing mistake — rendered once per language and message by the page's own component and then served as the same
/// bytes: a guesser's flood of wrong codes costs a form read, a hash and two dictionary look-ups, not a page render
/// (issue 13, the brute-force bar). Nothing in these pages depends on the request or on the log, so a copy never goes
/// stale. The messages are few (four languages × the neutral answer and the typing mistakes, which name at most a
/// character position of a short form field); past <see cref="MaxPages"/> a page is rendered and not kept, so a caller
/// cannot grow the cache.
/// </summary>
public sealed class FamilyMessagePages(IServiceProvider services)
{
    /// <summary>Far more than four languages × (the neutral answer, the length and check mistakes, 64 positions) need.</summary>
    public const int MaxPages = 512;

    private readonly ConcurrentDictionary<(string Language, string Message), byte[]> _pages = new();
    private readonly ILoggerFactory _loggers = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;

    /// <summary>How many pages are kept.</summary>
    public int Count => _pages.Count;

    /// <summary>The page in <paramref name="language"/> with <paramref name="message"/> above the form, as UTF-8 bytes.</summary>
    public byte[] Of(string language, string message)
    {
        if (_pages.TryGetValue((language, message), out var page))
        {
            return page;
        }
        page = Render(language, message);
        return _pages.Count < MaxPages ? _pages.GetOrAdd((language, message), page) : page;
    }

    private byte[] Render(string language, string message)
    {
        // A renderer of its own (it keeps what it rendered until disposed); nothing in the page waits, so it completes here.
        using var renderer = new HtmlRenderer(services, _loggers);
        var html = renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<FamilyPage>(ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(FamilyPage.Language)] = language,
            [nameof(FamilyPage.Message)] = message,
        }))).ToHtmlString()).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetBytes(html);
    }
}
