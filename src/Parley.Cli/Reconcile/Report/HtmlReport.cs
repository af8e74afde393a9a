using System.Globalization;
using System.Net;
using Parley.Matching.Reconciliation;

namespace Parley.Cli.Reconcile.Report;

/// <summary>
/// <c>report.html</c>: one self-contained page (inline style and SVG, no script, nothing fetched) with the
/// counts, the chart of match weights, and the review queue as items — each the rival candidates that share a record,
/// best first, with why each was held and its evidence field by field: what each side wrote, the level reached and its
/// weight. Every text from the lists is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    /// <summary>
    /// Writes the report for <paramref name="result"/>; <paramref name="leftName"/> and <paramref name="rightName"/> name
    /// the lists (file names). With <paramref name="reliability"/> (a truth file was given), a calibration section shows
    /// the predicted probabilities against the share of pairs that are true.
    /// </summary>
    public static void Write(TextWriter writer, ReconciliationResult result, string leftName, string rightName, IReadOnlyList<ReliabilityBand>? reliability = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        int matches = result.Count(Decision.Match), reviews = result.Count(Decision.Review);
        var items = ReviewItems.Of(result);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reconciliation report</title>");
        writer.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse;margin:.5em 0 1.5em}"
            + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}th{background:#f3f3f3}"
            + ".pos{color:#2e7d32}.neg{color:#c62828}.num{text-align:right;font-variant-numeric:tabular-nums}section{margin-bottom:2em}"
            + "article.item{border-left:4px solid #999;padding-left:1em;margin-bottom:2em}</style>");
        writer.WriteLine("</head><body>");
        writer.WriteLine($"<h1>Reconciliation: {E(leftName)} against {E(rightName)}</h1>");
        writer.WriteLine("<section id=\"counts\"><h2>Counts</h2><table>");
        foreach ((var label, var value) in new (string, long)[]
        {
            ("Left records", result.Left.Count),
            ("Right records", result.Right.Count),
            ("Candidate pairs compared", result.CandidatePairs),
            ("Match", matches),
            ("Review", reviews),
            ("Review items (rival candidates sharing a record, decided together)", items.Count),
            ("Unmatched left", result.UnmatchedLeft.Count),
            ("Unmatched right", result.UnmatchedRight.Count),
        })
        {
            writer.WriteLine($"<tr><th>{E(label)}</th><td class=\"num\">{N(value)}</td></tr>");
        }
        writer.WriteLine("</table>");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<p>Match: probability ≥ {result.Thresholds.Match:0.###}; review: ≥ {result.Thresholds.Review:0.###}. "
            + $"Prior: one random pair in {1 / result.Weights.PriorMatchProbability:N0} is a match.</p></section>"));
        if (result.Warnings.Count > 0)
        {
            writer.WriteLine("<section id=\"input\"><h2>What the lists allowed</h2><ul>");
            foreach (var warning in result.Warnings)
            {
                writer.WriteLine($"<li>{E(warning)}</li>");
            }
            writer.WriteLine("</ul></section>");
        }
        writer.WriteLine("<section id=\"distribution\"><h2>Score distribution</h2>");
        writer.WriteLine(ScoreChart.Svg(result.Histogram, result.Thresholds));
        writer.WriteLine("</section>");
        if (reliability is not null)
        {
            WriteCalibration(writer, reliability);
        }
        writer.WriteLine($"<section id=\"review\"><h2>Review: {N(items.Count)} items ({N(reviews)} candidate pairs)</h2>");
        if (reviews == 0)
        {
            writer.WriteLine("<p>None.</p>");
        }
        else
        {
            writer.WriteLine("<p>An item is the candidates that share a record, best first: a person is one record of each list at most, so accept at most one pair per record and the rest of its candidates are not the person.</p>");
        }
        foreach (var item in items)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<article class=\"item\" id=\"{E(item.Id)}\"><h3>{E(item.Id)}: {E(string.Join(", ", item.LeftIds))} ↔ {E(string.Join(", ", item.RightIds))} ({item.Pairs.Count} candidate{(item.Pairs.Count == 1 ? "" : "s")})</h3>"));
            foreach (var pair in item.Pairs)
            {
                WritePair(writer, result, pair);
            }
            writer.WriteLine("</article>");
        }
        writer.WriteLine("</section></body></html>");
    }

    /// <summary>One candidate of an item: the pair, why it is held, and its evidence field by field.</summary>
    private static void WritePair(TextWriter writer, ReconciliationResult result, ScoredPair pair)
    {
        string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var left = result.Left[pair.Left].Source;
        var right = result.Right[pair.Right].Source;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<h4 class=\"pair\">{E(left.Id)} (row {left.SourceRow}) ↔ {E(right.Id)} (row {right.SourceRow}): probability {ReconciliationTables.Score(pair.Probability)}, weight {pair.Weight:0.0} bits</h4>"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<p class=\"why\">Why review: {E(WhyReview(result, pair))}. Weight = prior {result.WeightsOf(pair).PriorWeight:0.0} bits + the fields below{(pair.UncontestedBits > 0 ? $" + {pair.UncontestedBits:0.0} bits for having no rival candidate (each record is one person at most once)" : "")}{(pair.Round == 2 ? " (second round: the records the first round left unmatched)" : "")}.</p>"));
        writer.WriteLine("<table class=\"evidence\"><tr><th>Field</th><th>Left</th><th>Right</th><th>Level</th><th>Weight (bits)</th></tr>");
        foreach (var f in result.Evidence(pair))
        {
            var css = f.Weight > 0 ? "pos" : f.Weight < 0 ? "neg" : "";
            var blocks = f.Level.HoldsAtReview ? " (holds at review)" : "";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td>{E(f.Field.ToString())}</td><td>{E(f.Left)}</td><td>{E(f.Right)}</td><td title=\"{E(f.Level.Description)}\">{E(f.Level.Name)}{E(blocks)}</td><td class=\"num {css}\">{f.Weight:+0.0;-0.0;0.0}</td></tr>"));
        }
        writer.WriteLine("</table>");
    }

    private static void WriteCalibration(TextWriter writer, IReadOnlyList<ReliabilityBand> bands)
    {
        writer.WriteLine("<section id=\"calibration\"><h2>Calibration against the truth file</h2>");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<p>The pairs put out (match or review) by predicted match probability, against the share the truth holds. A calibrated probability lies on the diagonal; expected calibration error {Reliability.ExpectedCalibrationError(bands):0.0000}.</p>"));
        writer.WriteLine(ReliabilityChart.Svg(bands));
        writer.WriteLine("<table class=\"reliability\"><tr><th>Probability</th><th>Pairs</th><th>Mean probability</th><th>True</th><th>Share true</th></tr>");
        foreach (var b in bands)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td>{b.From:0.###} – {b.To:0.###}</td><td class=\"num\">{b.Pairs:N0}</td><td class=\"num\">{b.MeanProbability:0.0000}</td><td class=\"num\">{b.True:N0}</td><td class=\"num\">{b.ShareTrue:0.0000}</td></tr>"));
        }
        writer.WriteLine("</table></section>");
    }

    /// <summary>Why a pair is at review rather than a match.</summary>
    public static string WhyReview(ReconciliationResult result, ScoredPair pair)
    {
        ArgumentNullException.ThrowIfNull(result);
        return pair.Hold switch
        {
            Hold.Clash => "the service numbers differ (a strong identifier clashes)",
            Hold.Rival => string.Create(CultureInfo.InvariantCulture, $"another candidate for one of the two records, a different person, comes within {result.Thresholds.AmbiguityMarginBits:0.#} bits"),
            Hold.PossibleCopy => "one of the two records may be a second copy of a person its list names twice, or a namesake: one of the copies gives no date of birth",
            _ => "the probability is below the match threshold",
        };
    }
}
