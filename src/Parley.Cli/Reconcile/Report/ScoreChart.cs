using System.Globalization;
using System.Text;
using Parley.Matching.Reconciliation;

namespace Parley.Cli.Reconcile.Report;

/// <summary>
/// An inline SVG bar chart of the candidate pairs' match weights (log scale of counts), with the review and
/// match thresholds marked. Self-contained: no script, no external style.
/// </summary>
public static class ScoreChart
{
    private const int Width = 720, Height = 220, Left = 48, Bottom = 30, Top = 12;

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element.</summary>
    public static string Svg(ScoreHistogram histogram, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(thresholds);
        var counts = histogram.Counts;
        var max = Math.Log10(Math.Max(10, counts.Max()) + 1);
        double plotWidth = Width - Left - 10, plotHeight = Height - Bottom - Top;
        var bar = plotWidth / counts.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Distribution of candidate pairs by match weight\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - 10}\" y2=\"{Top + plotHeight}\" stroke=\"#444\"/>");
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }
            double weight = ScoreHistogram.Min + i;
            var colour = weight >= thresholds.MatchWeight ? "#2e7d32" : weight + 1 > thresholds.ReviewWeight ? "#f9a825" : "#9e9e9e";
            var h = plotHeight * Math.Log10(counts[i] + 1) / max;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Left + (i * bar):0.#}\" y=\"{Top + plotHeight - h:0.#}\" width=\"{Math.Max(1, bar - 1):0.#}\" height=\"{h:0.#}\" fill=\"{colour}\"><title>weight {weight:0} to {weight + 1:0} bits: {counts[i]:N0} pairs</title></rect>");
        }
        foreach ((var w, var label) in new[] { (thresholds.ReviewWeight, "review"), (thresholds.MatchWeight, "match") })
        {
            var x = Left + ((w - ScoreHistogram.Min) * bar);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{Top + plotHeight}\" stroke=\"#c62828\" stroke-dasharray=\"4 3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 3:0.#}\" y=\"{Top + 10}\" font-size=\"11\" fill=\"#c62828\">{label}</text>");
        }
        for (var w = ScoreHistogram.Min; w <= ScoreHistogram.Max; w += 10)
        {
            var x = Left + ((w - ScoreHistogram.Min) * bar);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{Height - 12}\" font-size=\"11\" text-anchor=\"middle\">{w}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (plotWidth / 2):0.#}\" y=\"{Height - 1}\" font-size=\"11\" text-anchor=\"middle\">match weight (bits; log2 odds)</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{Top + (plotHeight / 2):0.#}\" font-size=\"11\" transform=\"rotate(-90 12 {Top + (plotHeight / 2):0.#})\" text-anchor=\"middle\">pairs (log scale)</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
