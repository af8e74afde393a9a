using System.Globalization;
using Parley.Matching.Reconciliation;
using Spectre.Console;

namespace Parley.Cli.Reconcile;

/// <summary>
/// The summary `parley reconcile` prints: counts, candidate pairs, the files written and the time per step; with a
/// truth file, how the decisions score against it and the expected calibration error.
/// </summary>
internal static class ReconcileSummary
{
    public static void Render(IAnsiConsole console, ReconcileRun run, ReconcileRun.Outcome outcome)
    {
        var r = outcome.Result;
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Simple).AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("left records", N(r.Left.Count));
        table.AddRow("right records", N(r.Right.Count));
        table.AddRow("candidate pairs", N(r.CandidatePairs));
        table.AddRow("match", N(r.Count(Decision.Match)));
        // The queue as a reviewer works it (rival candidates sharing a record are one item), and pair by pair.
        table.AddRow("review items", N(ReviewItems.Of(r).Count));
        table.AddRow("review pairs", N(r.Count(Decision.Review)));
        table.AddRow("unmatched left", N(r.UnmatchedLeft.Count));
        table.AddRow("unmatched right", N(r.UnmatchedRight.Count));
        if (outcome.LeftDuplicates is { } dl && outcome.RightDuplicates is { } dr)
        {
            table.AddRow("duplicate pairs left", N(dl));
            table.AddRow("duplicate pairs right", N(dr));
        }
        console.Write(table);
        foreach (var warning in r.Warnings)
        {
            console.WriteLine("note: " + warning);
        }
        if (outcome.Truth is { } truth && outcome.Reliability is { } bands)
        {
            console.WriteLine(AgainstTruth(r, truth, bands, Path.GetFileName(run.TruthPath) ?? "the truth file"));
        }
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote matches.csv, unmatched-left.csv, unmatched-right.csv and report.html to {run.OutDir} ({string.Join(", ", outcome.Steps.Select(s => $"{s.Step} {s.Elapsed.TotalSeconds:0.00} s"))})"));
    }

    /// <summary>
    /// One line: the true pairs, match precision and recall, recall counting review as found, and the expected calibration
    /// error (the chart is report.html's).
    /// </summary>
    internal static string AgainstTruth(ReconciliationResult r, IReadOnlySet<(string Left, string Right)> truth, IReadOnlyList<ReliabilityBand> bands, string file)
    {
        int matches = 0, matchesTrue = 0, foundTrue = 0;
        foreach (var p in r.Pairs.Where(p => p.Decision != Decision.NoMatch))
        {
            var isTrue = truth.Contains((r.Left[p.Left].Source.Id, r.Right[p.Right].Source.Id));
            foundTrue += isTrue ? 1 : 0;
            if (p.Decision == Decision.Match)
            {
                matches++;
                matchesTrue += isTrue ? 1 : 0;
            }
        }
        // A truth file for other lists scores as a low recall; it says so instead.
        var leftIds = r.Left.Select(x => x.Source.Id).ToHashSet(StringComparer.Ordinal);
        var rightIds = r.Right.Select(x => x.Source.Id).ToHashSet(StringComparer.Ordinal);
        var strangers = truth.Count(t => !leftIds.Contains(t.Left) || !rightIds.Contains(t.Right));
        double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
        return string.Create(CultureInfo.InvariantCulture,
            $"against {file} ({truth.Count:N0} true pairs{(strangers == 0 ? "" : $", {strangers:N0} of them naming an id neither list has")}): match precision {Ratio(matchesTrue, matches):0.0000}, recall {Ratio(matchesTrue, truth.Count):0.0000}; "
            + $"recall counting review as found {Ratio(foundTrue, truth.Count):0.0000}; expected calibration error {Reliability.ExpectedCalibrationError(bands):0.0000} (chart in report.html)");
    }
}
