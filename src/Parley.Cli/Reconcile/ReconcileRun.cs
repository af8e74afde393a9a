using System.Diagnostics;
using Parley.Cli.Reconcile.Report;
using Parley.Import;
using Parley.Matching.Reconciliation;

namespace Parley.Cli.Reconcile;

/// <summary>
/// One `parley reconcile` run, start to finish: import both lists (all or nothing), reconcile, and write
/// <c>matches.csv</c>, <c>unmatched-left.csv</c>, <c>unmatched-right.csv</c> and <c>report.html</c> (and, if
/// asked, each list's duplicates). Progress goes to an <see cref="IReconcileProgressSink"/>.
/// </summary>
internal sealed class ReconcileRun
{
    public required string LeftPath { get; init; }

    public required string RightPath { get; init; }

    public required string OutDir { get; init; }

    public ReconcileOptions Options { get; init; } = ReconcileOptions.Default;

    public bool Duplicates { get; init; }

    /// <summary>A truth file (left_id,right_id): report.html then shows the calibration against it.</summary>
    public string? TruthPath { get; init; }

    /// <summary>What the run found and how long each step took; with a truth file, the true pairs and the calibration against them.</summary>
    internal sealed record Outcome(ReconciliationResult Result, IReadOnlyList<(string Step, TimeSpan Elapsed)> Steps, int? LeftDuplicates, int? RightDuplicates)
    {
        public IReadOnlySet<(string Left, string Right)>? Truth { get; init; }

        public IReadOnlyList<ReliabilityBand>? Reliability { get; init; }
    }

    public Outcome Execute(IReconcileProgressSink sink)
    {
        var steps = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        void Done(string step)
        {
            steps.Add((step, clock.Elapsed));
            clock.Restart();
        }

        // A bad truth file is bad input like a bad list: found before the work, and nothing written.
        var truth = TruthPath is null ? null : TruthFile.Read(TruthPath);
        var left = ListReader.Read(LeftPath, new Relay<ImportProgress>(p => sink.Report("import left", p.Fraction, p.RowsRead)));
        sink.Report("import left", 1, left.Records.Count);
        var right = ListReader.Read(RightPath, new Relay<ImportProgress>(p => sink.Report("import right", p.Fraction, p.RowsRead)));
        sink.Report("import right", 1, right.Records.Count);
        Done("import");

        var result = Reconciler.Reconcile(left.Records, right.Records, Options, new Relay<ReconcileProgress>(p =>
            sink.Report(p.Stage, p.Total == 0 ? 1 : (double)p.Done / p.Total, p.Done)));
        Done("reconcile");

        var reliability = truth is null ? null : Reliability.Of(result, truth);
        sink.Report("write", 0, 0);
        // The outputs name people from both lists: a folder and files only their owner can read.
        PrivateFiles.CreateFolder(OutDir);
        ListWriter.WriteTable(Path.Combine(OutDir, "matches.csv"), ReconciliationTables.MatchesHeader, ReconciliationTables.Matches(result));
        ListWriter.WriteCsv(Path.Combine(OutDir, "unmatched-left.csv"), ReconciliationTables.UnmatchedLeft(result));
        ListWriter.WriteCsv(Path.Combine(OutDir, "unmatched-right.csv"), ReconciliationTables.UnmatchedRight(result));
        using (var html = new StreamWriter(PrivateFiles.OpenWrite(Path.Combine(OutDir, "report.html")), new System.Text.UTF8Encoding(false)))
        {
            HtmlReport.Write(html, result, Path.GetFileName(LeftPath), Path.GetFileName(RightPath), reliability);
        }
        sink.Report("write", 1, result.Pairs.Count);
        Done("write");

        int? leftDuplicates = null, rightDuplicates = null;
        if (Duplicates)
        {
            leftDuplicates = WriteDuplicates(left, "duplicates-left.csv", sink, "duplicates left");
            rightDuplicates = WriteDuplicates(right, "duplicates-right.csv", sink, "duplicates right");
            Done("duplicates");
        }
        return new Outcome(result, steps, leftDuplicates, rightDuplicates) { Truth = truth, Reliability = reliability };
    }

    private int WriteDuplicates(ImportedList list, string file, IReconcileProgressSink sink, string stage)
    {
        var found = Reconciler.FindDuplicates(list.Records, Options, new Relay<ReconcileProgress>(p =>
            sink.Report(stage, p.Total == 0 ? 1 : (double)p.Done / p.Total, p.Done)));
        ListWriter.WriteTable(
            Path.Combine(OutDir, file),
            ["id", "duplicate_id", "score", "decision"],
            found.Pairs.Select(p => (IReadOnlyList<string?>)
            [
                found.Left[p.Left].Source.Id,
                found.Right[p.Right].Source.Id,
                ReconciliationTables.Score(p.Probability),
                ReconciliationTables.DecisionText(p.Decision),
            ]));
        return found.Pairs.Count;
    }

    private sealed class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
