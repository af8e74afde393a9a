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
/// With `--exchange ID` it matches an exchange's rosters and records candidates and decisions instead
/// (<see cref="ExchangeReconcileOptions"/>).
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create()
    {
        var left = new Argument<string>("LEFT") { Description = "One side's list (CSV or XLSX with a header row).", Arity = ArgumentArity.ZeroOrOne };
        var right = new Argument<string>("RIGHT") { Description = "The other side's list.", Arity = ArgumentArity.ZeroOrOne };
        var outDir = new Option<string>("--out")
        {
            Description = "The folder to write matches.csv, unmatched-left.csv, unmatched-right.csv and report.html to (created if missing); required with LEFT and RIGHT.",
            HelpName = "DIR",
        };
        var exchange = new ExchangeReconcileOptions();
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
        var truth = new Option<string>("--truth")
        {
            Description = "A truth file (CSV with left_id and right_id columns, as parley synth writes): report.html then shows how the predicted probabilities compare with it.",
            HelpName = "FILE",
        };
        var command = new Command("reconcile", "Match two sides' lists of people across scripts, spellings and errors: confident matches, candidates for review with their evidence, and the unmatched.")
        {
            left, right, outDir, match, review, duplicates, truth,
        };
        exchange.AddTo(command);
        command.SetAction((parse, cancellationToken) => Failures.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            double m = parse.GetValue(match), r = parse.GetValue(review);
            if (!(r > 0 && r <= m && m < 1))
            {
                error.WriteLine($"parley: thresholds must satisfy 0 < --review <= --match < 1; got --review {r.ToString(CultureInfo.InvariantCulture)}, --match {m.ToString(CultureInfo.InvariantCulture)}.");
                return ExitCodes.BadInput;
            }
            var options = ReconcileOptions.Default with { Thresholds = new Thresholds(m, r, Thresholds.Default.AmbiguityMarginBits) };
            if (parse.GetValue(exchange.Exchange) is { } exchangeId)
            {
                if (parse.GetValue(truth) is not null)
                {
                    error.WriteLine("parley: --truth goes with LEFT and RIGHT (it draws report.html's calibration chart), not with --exchange.");
                    return ExitCodes.BadInput;
                }
                if (parse.GetValue(left) is not null || parse.GetValue(outDir) is not null || parse.GetValue(duplicates))
                {
                    error.WriteLine("parley: reconcile --exchange reads the rosters from the database; give no LEFT, RIGHT, --out or --duplicates with it.");
                    return ExitCodes.BadInput;
                }
                return await exchange.ExecuteAsync(parse, exchangeId, options, output, error, cancellationToken);
            }
            if (exchange.Used(parse))
            {
                error.WriteLine("parley: --db, --server, --token-file, --accept, --reject and --why go with --exchange ID.");
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(left) is null || parse.GetValue(right) is null || parse.GetValue(outDir) is null)
            {
                error.WriteLine("parley: reconcile needs LEFT, RIGHT and --out DIR (or --exchange ID to match an exchange's rosters).");
                return ExitCodes.BadInput;
            }
            var run = new ReconcileRun
            {
                LeftPath = parse.GetValue(left)!,
                RightPath = parse.GetValue(right)!,
                OutDir = parse.GetValue(outDir)!,
                Options = options,
                Duplicates = parse.GetValue(duplicates),
                TruthPath = parse.GetValue(truth),
            };
            ReconcileRun.Outcome outcome;
            try
            {
                var live = ReferenceEquals(output, Console.Out) && AnsiConsole.Profile.Capabilities.Interactive;
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
