using System.CommandLine;
using Parley.Core.Matching;
using Parley.Matching.Reconciliation;
using Parley.Reconciliation;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Reconcile;

/// <summary>
/// The options of `parley reconcile --exchange ID [--db PATH]` and of its decisions,
/// `--accept LEFT:RIGHT` / `--reject LEFT:RIGHT` with `--why TEXT` (docs/reconciliation.md, "Inside an exchange"). The
/// decision is recorded as the command line's (the operator of the database); over the desk, as the signed-in mediator.
/// </summary>
internal sealed class ExchangeReconcileOptions
{
    public Option<string> Exchange { get; } = new("--exchange")
    {
        Description = "Match this exchange's lists (in each direction, the request list against the offer list) from the database and record the candidates.",
        HelpName = "ID",
    };

    public Option<string> Database { get; } = CommonOptions.Database();

    public Option<string> Accept { get; } = new("--accept")
    {
        Description = "With --exchange: accept the candidate pair LEFT:RIGHT (the request, then the offered person); the receiving party then confirms it.",
        HelpName = "LEFT:RIGHT",
    };

    public Option<string> Reject { get; } = new("--reject")
    {
        Description = "With --exchange: reject the candidate pair LEFT:RIGHT (also reverses an accepted one).",
        HelpName = "LEFT:RIGHT",
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
        command.Options.Add(Why);
    }

    /// <summary>Whether any option that belongs with --exchange was given without it.</summary>
    public bool Used(ParseResult parse) =>
        parse.GetResult(Database) is { Implicit: false } || parse.GetValue(Accept) is not null || parse.GetValue(Reject) is not null || parse.GetValue(Why) is not null;

    public int Execute(ParseResult parse, string exchangeId, ReconcileOptions options, TextWriter output, TextWriter error)
    {
        string? accept = parse.GetValue(Accept), reject = parse.GetValue(Reject), why = parse.GetValue(Why);
        if (accept is not null && reject is not null)
        {
            error.WriteLine("parley: give --accept or --reject, not both.");
            return ExitCodes.BadInput;
        }
        var pair = accept ?? reject;
        if (pair is null && why is not null)
        {
            error.WriteLine("parley: --why goes with --accept or --reject.");
            return ExitCodes.BadInput;
        }
        if (pair is not null && string.IsNullOrWhiteSpace(why))
        {
            error.WriteLine("parley: a decision needs --why TEXT (the reason, kept private).");
            return ExitCodes.BadInput;
        }
        using var store = ParleyStore.Open(parse.GetValue(Database)!, OpenMode.MustExist, settings: CommonOptions.StoreSettings());
        if (pair is null)
        {
            var outcome = ExchangeReconciliation.Run(store.State, exchangeId, options);
            var recorded = outcome.Command is { } record ? store.Execute(record) : null;
            ExchangeReconcileSummary.Render(output, outcome, recorded);
            return recorded is { Accepted: false } ? ExitCodes.BadInput : ExitCodes.Ok;
        }
        var verdict = accept is not null ? MatchVerdict.Accept : MatchVerdict.Reject;
        var (left, right) = ExchangeReconciliation.SplitPair(pair);
        var decided = store.Execute(new Core.Commands.DecideMatch(exchangeId, left, right, verdict, why!));
        if (!decided.Accepted)
        {
            error.WriteLine($"parley: {decided.Reason}");
            return ExitCodes.BadInput;
        }
        output.WriteLine(verdict == MatchVerdict.Accept
            ? $"accepted {left}:{right}; the receiving party is asked to confirm it"
            : $"rejected {left}:{right}" + (decided.EventCount > 1 ? "; the confirmed match is undone, both entries are open again" : ""));
        return ExitCodes.Ok;
    }
}
