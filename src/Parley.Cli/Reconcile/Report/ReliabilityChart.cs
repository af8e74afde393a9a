using System.Globalization;
using System.Text;
using Parley.Matching.Reconciliation;

namespace Parley.Cli.Reconcile.Report;

/// <summary>
/// A reliability diagram as an inline SVG: for each band of predicted match probability, the share of its pairs the
/// truth holds, as a point at the band's mean probability; the diagonal is perfect calibration. Self-contained.
/// </summary>
public static class ReliabilityChart
{
    private const int Size = 260, Margin = 40;

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element.</summary>
    public static string Svg(IReadOnlyList<ReliabilityBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        double plot = Size - (2 * Margin);
        double X(double p) => Margin + (p * plot);
        double Y(double p) => Size - Margin - (p * plot);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Size}\" height=\"{Size}\" viewBox=\"0 0 {Size} {Size}\" role=\"img\" aria-label=\"Predicted match probability against the share of pairs that are true\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Margin}\" y=\"{Margin}\" width=\"{plot}\" height=\"{plot}\" fill=\"none\" stroke=\"#444\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(1)}\" stroke=\"#9e9e9e\" stroke-dasharray=\"4 3\"/>");
        foreach (var b in bands)
        {
            var r = 3 + Math.Min(6, Math.Log10(b.Pairs + 1) * 2);
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{X(b.MeanProbability):0.#}\" cy=\"{Y(b.ShareTrue):0.#}\" r=\"{r:0.#}\" fill=\"#1565c0\"><title>{b.From:0.###} to {b.To:0.###}: {b.Pairs:N0} pairs, mean probability {b.MeanProbability:0.000}, {b.ShareTrue:0.000} true</title></circle>");
        }
        foreach (var t in new[] { 0.0, 0.5, 1.0 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(t):0.#}\" y=\"{Size - Margin + 14}\" font-size=\"11\" text-anchor=\"middle\">{t:0.#}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin - 6}\" y=\"{Y(t) + 4:0.#}\" font-size=\"11\" text-anchor=\"end\">{t:0.#}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Size / 2}\" y=\"{Size - 8}\" font-size=\"11\" text-anchor=\"middle\">predicted match probability</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{Size / 2}\" font-size=\"11\" transform=\"rotate(-90 12 {Size / 2})\" text-anchor=\"middle\">share true</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
