using System.Globalization;
using Parley.Matching.Reconciliation;
using Spectre.Console;

namespace Parley.Cli.Reconcile;

/// <summary>The summary `parley reconcile` prints: counts, candidate pairs, the files written and the time per step.</summary>
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
        table.AddRow("review", N(r.Count(Decision.Review)));
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
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote matches.csv, unmatched-left.csv, unmatched-right.csv and report.html to {run.OutDir} ({string.Join(", ", outcome.Steps.Select(s => $"{s.Step} {s.Elapsed.TotalSeconds:0.00} s"))})"));
    }
}
