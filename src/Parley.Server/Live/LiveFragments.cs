using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Parley.Core.Broadcast.Live;
using Parley.Server.Live.Pages;

namespace Parley.Server.Live;

/// <summary>
/// Parts of a page outside a page request: an entry for the event stream and the feeds, the figures for the event
/// stream. Rendered by the page's own components (<see cref="EntryArticle"/>, <see cref="FiguresSection"/>) through
/// Blazor's <see cref="HtmlRenderer"/>, so the page, the stream and the feeds show the same.
/// </summary>
public sealed class LiveFragments(IServiceProvider services)
{
    /// <summary>HTML as the pages write it: markup characters escaped, every script's letters as they are.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ILoggerFactory _loggers = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;

    public string Entry(LiveEntry entry, LivePage page, string language) => Entries([entry], page, language)[0];

    /// <summary>Several entries of one page, rendered by one renderer (a feed's).</summary>
    public IReadOnlyList<string> Entries(IReadOnlyList<LiveEntry> entries, LivePage page, string language) =>
        Render(entries.Select(entry => ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(EntryArticle.Entry)] = entry,
            [nameof(EntryArticle.Page)] = page,
            [nameof(EntryArticle.Language)] = language,
        })), typeof(EntryArticle));

    public string Figures(LiveView view, string language) =>
        Render([ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(FiguresSection.View)] = view,
            [nameof(FiguresSection.Language)] = language,
        })], typeof(FiguresSection))[0];

    /// <summary>An exchange page's feasibility section (<see cref="FeasibilitySection"/>) for the event stream.</summary>
    public string Feasibility(Core.Feasibility.FeasibilityReport? report, string language) =>
        Render([ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(FeasibilitySection.Report)] = report,
            [nameof(FeasibilitySection.Language)] = language,
        })], typeof(FeasibilitySection))[0];

    private List<string> Render(IEnumerable<ParameterView> each, Type component)
    {
        // A renderer of its own each time: the renderer keeps what it rendered until it is disposed. Nothing here waits
        // (no component loads anything), so rendering completes on this thread.
        using var renderer = new HtmlRenderer(services, _loggers);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var html = new List<string>();
            foreach (var parameters in each)
            {
                html.Add((await renderer.RenderComponentAsync(component, parameters)).ToHtmlString());
            }
            return html;
        }).GetAwaiter().GetResult();
    }
}
