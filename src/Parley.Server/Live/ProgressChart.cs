using System.Globalization;
using System.Text;
using Parley.Core.Broadcast.Live;
using Parley.Core.Exchanges;

namespace Parley.Server.Live;

/// <summary>
/// An inline SVG bar chart of an exchange's progress by stage: for each stage, the people released by each side against
/// the number planned. Plain SVG with a title, a description and a text row per stage, so it reads without JavaScript
/// and with a screen reader.
/// </summary>
public static class ProgressChart
{
    private const int Width = 640;
    private const int Row = 56;
    private const int Label = 150;

    public static string Svg(ExchangeSummary x, string language)
    {
        var culture = Language.Culture(language);
        var stages = x.Stages;
        var height = Math.Max(1, stages.Count) * Row + 24;
        var max = Math.Max(1, stages.Count == 0 ? 1 : stages.Max(s => Math.Max(Math.Max(s.PlannedA, s.PlannedB), Math.Max(s.ReleasedA, s.ReleasedB))));
        var scale = (Width - Label - 70) / (double)max;
        var id = "chart-" + x.Id;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"{id}-t\">{LiveHtml.Encode(Texts.Get("chart", language))}: {LiveHtml.Encode(x.Id)}</title>");
        svg.Append($"<desc id=\"{id}-d\">{LiveHtml.Encode(Texts.Get("chart.desc", language))}</desc>");
        var y = 8;
        foreach (var s in stages)
        {
            var label = Texts.Format("stage", language, new TextArgument("number", s.Number)) + " · " + s.Date.ToString("d MMM", culture);
            svg.Append($"<text x=\"0\" y=\"{y + 20}\" class=\"label\">{LiveHtml.Encode(label)}</text>");
            Bar(svg, y, s.PlannedA, s.ReleasedA, x.SideA, scale, culture, "a");
            Bar(svg, y + 22, s.PlannedB, s.ReleasedB, x.SideB, scale, culture, "b");
            y += Row;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, int y, int planned, int released, string party, double scale, CultureInfo culture, string side)
    {
        var plannedWidth = (planned * scale).ToString("0.#", CultureInfo.InvariantCulture);
        var releasedWidth = (released * scale).ToString("0.#", CultureInfo.InvariantCulture);
        svg.Append($"<rect x=\"{Label}\" y=\"{y}\" width=\"{plannedWidth}\" height=\"18\" class=\"planned\"/>");
        svg.Append($"<rect x=\"{Label}\" y=\"{y}\" width=\"{releasedWidth}\" height=\"18\" class=\"released {side}\"/>");
        var text = $"{LiveHtml.Encode(party)} {released.ToString("N0", culture)} / {planned.ToString("N0", culture)}";
        svg.Append($"<text x=\"{Label + Math.Max(planned, released) * scale + 6:0}\" y=\"{y + 14}\" class=\"value\">{text}</text>");
    }
}
