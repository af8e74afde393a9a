using System.CommandLine;
using System.Globalization;
using Parley.Cli.Reconcile;
using Parley.Import;
using Parley.Matching.Reconciliation;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley reconcile LEFT RIGHT --out DIR`: matches two sides' lists of people across scripts, spellings and
/// errors (docs/reconciliation.md) and writes matches.csv (left_id,right_id,score,decision), unmatched-left.csv,
/// unmatched-right.csv and report.html. Bad input: exit 2 with file, row and column; nothing is written.
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create()
    {
        var left = new Argument<string>("LEFT") { Description = "One side's list (CSV or XLSX with a header row)." };
        var right = new Argument<string>("RIGHT") { Description = "The other side's list." };
        var outDir = new Option<string>("--out")
        {
            Description = "The folder to write matches.csv, unmatched-left.csv, unmatched-right.csv and report.html to (created if missing).",
            Required = true,
            HelpName = "DIR",
        };
        var match = new Option<double>("--match")
        {
            Description = "The least match probability of a 'match' decision.",
            DefaultValueFactory = _ => Thresholds.Default.Match,
            HelpName = "P",
        };
        var review = new Option<double>("--review")
        {
            Description = "The least match probability of a 'review' decision.",
            DefaultValueFactory = _ => Thresholds.Default.Review,
            HelpName = "P",
        };
        var duplicates = new Option<bool>("--duplicates")
        {
            Description = "Also find duplicates within each list (duplicates-left.csv, duplicates-right.csv).",
        };
        var command = new Command("reconcile", "Match two sides' lists of people across scripts, spellings and errors: confident matches, candidates for review with their evidence, and the unmatched.")
        {
            left, right, outDir, match, review, duplicates,
        };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            TextWriter error = parse.InvocationConfiguration.Error;
            double m = parse.GetValue(match), r = parse.GetValue(review);
            if (!(r > 0 && r <= m && m < 1))
            {
                error.WriteLine($"parley: thresholds must satisfy 0 < --review <= --match < 1; got --review {r.ToString(CultureInfo.InvariantCulture)}, --match {m.ToString(CultureInfo.InvariantCulture)}.");
                return ExitCodes.BadInput;
            }
            var run = new ReconcileRun
            {
                LeftPath = parse.GetValue(left)!,
                RightPath = parse.GetValue(right)!,
                OutDir = parse.GetValue(outDir)!,
                Options = ReconcileOptions.Default with { Thresholds = new Thresholds(m, r, Thresholds.Default.AmbiguityMarginBits) },
                Duplicates = parse.GetValue(duplicates),
            };
            ReconcileRun.Outcome outcome;
            try
            {
                bool live = ReferenceEquals(output, Console.Out) && AnsiConsole.Profile.Capabilities.Interactive;
                outcome = live ? SpectreProgress.Show(AnsiConsole.Console, run.Execute) : run.Execute(SilentProgress.Instance);
            }
            catch (ListImportException e)
            {
                error.WriteLine($"parley: {e.Message}");
                return ExitCodes.BadInput;
            }
            ReconcileSummary.Render(Consoles.For(output), run, outcome);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
