using System.CommandLine;
using Parley.Core.Matching;
using Parley.Matching.Reconciliation;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Reconcile;

/// <summary>
/// The options of `parley reconcile --exchange ID [--db PATH]` and of its decisions,
/// `--accept LEFT:RIGHT` / `--reject LEFT:RIGHT` with `--by NAME --why TEXT` (docs/reconciliation.md, "Inside an exchange").
/// </summary>
internal sealed class ExchangeReconcileOptions
{
    public Option<string> Exchange { get; } = new("--exchange")
    {
        Description = "Match this exchange's rosters (side A's against side B's) from the database and record the candidates.",
        HelpName = "ID",
    };

    public Option<string> Database { get; } = CommonOptions.Database();

    public Option<string> Accept { get; } = new("--accept")
    {
        Description = "With --exchange: accept the candidate pair LEFT:RIGHT (side A's person, side B's person); both move to matched.",
        HelpName = "LEFT:RIGHT",
    };

    public Option<string> Reject { get; } = new("--reject")
    {
        Description = "With --exchange: reject the candidate pair LEFT:RIGHT (also reverses an accepted one).",
        HelpName = "LEFT:RIGHT",
    };

    public Option<string> By { get; } = new("--by")
    {
        Description = "Who decides (recorded in public with the decision).",
        HelpName = "NAME",
    };

    public Option<string> Why { get; } = new("--why")
    {
        Description = "Why (kept in the private part of the log).",
        HelpName = "TEXT",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Exchange);
        command.Options.Add(Database);
        command.Options.Add(Accept);
        command.Options.Add(Reject);
        command.Options.Add(By);
        command.Options.Add(Why);
    }

    /// <summary>Whether any option that belongs with --exchange was given without it.</summary>
    public bool Used(ParseResult parse) =>
        parse.GetResult(Database) is { Implicit: false } || parse.GetValue(Accept) is not null || parse.GetValue(Reject) is not null
        || parse.GetValue(By) is not null || parse.GetValue(Why) is not null;

    public int Execute(ParseResult parse, string exchangeId, ReconcileOptions options, TextWriter output, TextWriter error)
    {
        string? accept = parse.GetValue(Accept), reject = parse.GetValue(Reject), by = parse.GetValue(By), why = parse.GetValue(Why);
        if (accept is not null && reject is not null)
        {
            error.WriteLine("parley: give --accept or --reject, not both.");
            return ExitCodes.BadInput;
        }
        var pair = accept ?? reject;
        if (pair is null && (by is not null || why is not null))
        {
            error.WriteLine("parley: --by and --why go with --accept or --reject.");
            return ExitCodes.BadInput;
        }
        if (pair is not null && (string.IsNullOrWhiteSpace(by) || string.IsNullOrWhiteSpace(why)))
        {
            error.WriteLine("parley: a decision needs --by NAME (who decides) and --why TEXT (the reason, kept private).");
            return ExitCodes.BadInput;
        }
        using var store = ParleyStore.Open(parse.GetValue(Database)!, OpenMode.MustExist);
        if (pair is null)
        {
            var outcome = ExchangeReconcile.Run(store, exchangeId, options);
            ExchangeReconcileSummary.Render(output, outcome);
            return outcome.Recorded is { Accepted: false } ? ExitCodes.BadInput : ExitCodes.Ok;
        }
        var verdict = accept is not null ? MatchVerdict.Accept : MatchVerdict.Reject;
        var decided = ExchangeReconcile.Decide(store, exchangeId, pair, verdict, by!, why!);
        if (!decided.Accepted)
        {
            error.WriteLine($"parley: {decided.Reason}");
            return ExitCodes.BadInput;
        }
        var (left, right) = ExchangeReconcile.SplitPair(pair);
        var moved = decided.EventCount - 1;
        output.WriteLine(verdict == MatchVerdict.Accept
            ? $"accepted {left}:{right} by {by}" + (moved > 0 ? $"; {moved} moved to matched" : "; both already matched")
            : $"rejected {left}:{right} by {by}");
        return ExitCodes.Ok;
    }
}
