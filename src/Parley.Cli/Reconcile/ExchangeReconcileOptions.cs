using System.CommandLine;
using Parley.Core.Matching;
using Parley.Matching.Reconciliation;
using Parley.Reconciliation;
using Parley.Server.Desk;
using Parley.Store;
using Parley.Store.Domain;
using DecideMatch = Parley.Core.Commands.DecideMatch;
using DecideReviewItem = Parley.Core.Commands.DecideReviewItem;

namespace Parley.Cli.Reconcile;

/// <summary>
/// The options of `parley reconcile --exchange ID [--db PATH | --server URL]` and of its decisions,
/// `--accept LEFT:RIGHT` / `--reject LEFT:RIGHT` (one pair) or `--accept-item LEFT:RIGHT` / `--reject-item LEFT:RIGHT`
/// (the pair's whole review item) with `--why TEXT` (docs/reconciliation.md, "Inside an exchange"). On a
/// database no server holds, the run and the decisions are the command line's (the operator of the database); with
/// `--server`, the running server does them on its single writer, as the mediator whose token is given.
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

    public Option<string> AcceptItem { get; } = new("--accept-item")
    {
        Description = "With --exchange: accept the pair LEFT:RIGHT as the answer of its review item and reject its rivals (the pairs awaiting a decision that share its request or its offered person), in one command.",
        HelpName = "LEFT:RIGHT",
    };

    public Option<string> RejectItem { get; } = new("--reject-item")
    {
        Description = "With --exchange: reject every pair of the review item that holds LEFT:RIGHT (none of the rival candidates is the person), in one command.",
        HelpName = "LEFT:RIGHT",
    };

    public Option<string> Why { get; } = new("--why")
    {
        Description = "Why (kept in the private part of the log).",
        HelpName = "TEXT",
    };

    public Option<string> Server { get; } = new("--server")
    {
        Description = "With --exchange: have the running `parley serve` at this address reconcile and record (it holds the database's writer); the token is read from --token-file or PARLEY_TOKEN.",
        HelpName = "URL",
    };

    public Option<string> TokenFile { get; } = new("--token-file")
    {
        Description = "With --server: a file holding a mediator's token (`parley tokens create --role mediator`); else the PARLEY_TOKEN environment variable. Never on the command line, where other users could read it.",
        HelpName = "FILE",
    };

    /// <summary>The environment variable holding the token when no --token-file is given.</summary>
    public const string TokenVariable = "PARLEY_TOKEN";

    public void AddTo(Command command)
    {
        command.Options.Add(Exchange);
        command.Options.Add(Database);
        command.Options.Add(CommonOptions.LogKey());
        command.Options.Add(Server);
        command.Options.Add(TokenFile);
        command.Options.Add(Accept);
        command.Options.Add(Reject);
        command.Options.Add(AcceptItem);
        command.Options.Add(RejectItem);
        command.Options.Add(Why);
    }

    /// <summary>Whether any option that belongs with --exchange was given without it.</summary>
    public bool Used(ParseResult parse) =>
        parse.GetResult(Database) is { Implicit: false } || parse.GetValue(Server) is not null || parse.GetValue(TokenFile) is not null || parse.GetValue(Accept) is not null || parse.GetValue(Reject) is not null
        || parse.GetValue(AcceptItem) is not null || parse.GetValue(RejectItem) is not null || parse.GetValue(Why) is not null;

    public async Task<int> ExecuteAsync(ParseResult parse, string exchangeId, ReconcileOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var why = parse.GetValue(Why);
        (string Option, string? Pair, DecisionKind Kind)[] asked =
        [
            ("--accept", parse.GetValue(Accept), DecisionKind.AcceptPair),
            ("--reject", parse.GetValue(Reject), DecisionKind.RejectPair),
            ("--accept-item", parse.GetValue(AcceptItem), DecisionKind.AcceptItem),
            ("--reject-item", parse.GetValue(RejectItem), DecisionKind.RejectItem),
        ];
        var given = asked.Where(d => d.Pair is not null).ToList();
        if (given.Count > 1)
        {
            error.WriteLine($"parley: give one decision at a time, not {string.Join(" and ", given.Select(d => d.Option))}.");
            return ExitCodes.BadInput;
        }
        if (given.Count == 0 && why is not null)
        {
            error.WriteLine("parley: --why goes with --accept, --reject, --accept-item or --reject-item.");
            return ExitCodes.BadInput;
        }
        if (given.Count == 1 && string.IsNullOrWhiteSpace(why))
        {
            error.WriteLine("parley: a decision needs --why TEXT (the reason, kept private).");
            return ExitCodes.BadInput;
        }
        Decision? decision = null;
        if (given is [var one])
        {
            var (left, right) = ExchangeReconciliation.SplitPair(one.Pair!);
            decision = new Decision(exchangeId, one.Kind, left, right, why!);
        }
        if (parse.GetValue(Server) is { } address)
        {
            if (parse.GetResult(Database) is { Implicit: false })
            {
                error.WriteLine("parley: give --db (reconcile on a database no server holds) or --server (have the running server do it), not both.");
                return ExitCodes.BadInput;
            }
            return await OnServerAsync(parse, address, exchangeId, decision, options, output, error, cancellationToken);
        }
        if (parse.GetValue(TokenFile) is not null)
        {
            error.WriteLine("parley: --token-file goes with --server URL.");
            return ExitCodes.BadInput;
        }
        return OnDatabase(parse.GetValue(Database)!, CommonOptions.StoreSettings(parse), exchangeId, decision, options, output, error);
    }

    /// <summary>On a database no server holds: this process is the writer.</summary>
    private static int OnDatabase(string database, Store.StoreSettings settings, string exchangeId, Decision? decision, ReconcileOptions options, TextWriter output, TextWriter error)
    {
        ParleyStore store;
        try
        {
            store = ParleyStore.Open(database, OpenMode.MustExist, settings: settings);
        }
        catch (DatabaseLockedException e)
        {
            error.WriteLine($"parley: {e.Message}.");
            error.WriteLine($"If `parley serve` is running on it, have the server do it: parley reconcile --exchange {exchangeId} --server URL --token-file FILE (a mediator's token).");
            return ExitCodes.BadInput;
        }
        using (store)
        {
            if (decision is null)
            {
                var outcome = RunProgress.Show(output, error, report => ExchangeReconciliation.Run(store.State, exchangeId, options, report));
                var recorded = outcome.Command is { } record ? store.Execute(record) : null;
                ExchangeReconcileSummary.Render(output, RunReport.Of(outcome), recorded is null ? null : ExchangeReconcileSummary.Recorded.Of(recorded));
                return recorded is { Accepted: false } ? ExitCodes.BadInput : ExitCodes.Ok;
            }
            var command = decision.ToCommand(() => store.State.Exchanges.ContainsKey(exchangeId)
                ? ReviewItemDecision.Awaiting(store.State.MatchingOf(exchangeId))
                : []);
            var decided = store.Execute(command);
            if (!decided.Accepted)
            {
                error.WriteLine($"parley: {decided.Reason}");
                return ExitCodes.BadInput;
            }
            Decided(output, command, decided.EventCount);
            return ExitCodes.Ok;
        }
    }

    /// <summary>Through a running server, which reconciles and records on its own writer, as the token's mediator.</summary>
    private async Task<int> OnServerAsync(ParseResult parse, string address, string exchangeId, Decision? decision, ReconcileOptions options,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address.EndsWith('/') ? address : address + "/", UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            error.WriteLine($"parley: --server must be the server's http:// or https:// address; got '{address}'.");
            return ExitCodes.BadInput;
        }
        var token = parse.GetValue(TokenFile) is { } file ? (await File.ReadAllTextAsync(file, cancellationToken)).Trim() : Environment.GetEnvironmentVariable(TokenVariable)?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            error.WriteLine($"parley: --server needs a mediator's token: --token-file FILE, or the {TokenVariable} environment variable.");
            return ExitCodes.BadInput;
        }
        using var client = new ReconcileServer(server, token);
        try
        {
            if (decision is not null)
            {
                var awaiting = decision.Kind is DecisionKind.AcceptItem or DecisionKind.RejectItem
                    ? await client.AwaitingAsync(exchangeId, cancellationToken)
                    : [];
                var command = decision.ToCommand(() => awaiting);
                Decided(output, command, await client.DecideAsync(command, cancellationToken));
                return ExitCodes.Ok;
            }
            var thresholds = options.Thresholds;
            var status = await RunProgress.ShowAsync(output, error, sink =>
                client.ReconcileAsync(exchangeId, thresholds.Match, thresholds.Review, s => sink.Report(s.Stage, s.Fraction, s.Done), cancellationToken));
            if (status.State == JobState.Failed || status.Report is null)
            {
                error.WriteLine($"parley: the server's run failed: {status.Message ?? "no reason given"}");
                return ExitCodes.BadInput;
            }
            ExchangeReconcileSummary.Render(output, status.Report,
                status.Report.Changed == 0 ? null : new ExchangeReconcileSummary.Recorded(status.FirstSequence is not null, status.FirstSequence ?? 0, status.Message ?? ""));
            return status.FirstSequence is null && status.Report.Changed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }
        catch (ServerRefusedException e)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static void Decided(TextWriter output, Core.Commands.Command command, int events) => output.WriteLine(command switch
    {
        DecideMatch { Verdict: MatchVerdict.Accept } d => $"accepted {d.Left}:{d.Right}; the receiving party is asked to confirm it",
        DecideMatch d => $"rejected {d.Left}:{d.Right}" + (events > 1 ? "; the confirmed match is undone, both entries are open again" : ""),
        DecideReviewItem { Accept: { } accepted } item => $"accepted {accepted.Left}:{accepted.Right} and rejected its {Rivals(events - 1)} in its review item of {item.Pairs.Count}; the receiving party is asked to confirm it",
        DecideReviewItem item => $"rejected all {item.Pairs.Count} pairs of the review item",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "a decision is decide-match or decide-review-item"),
    });

    private static string Rivals(int n) => n == 1 ? "1 rival" : $"{n} rivals";

    private enum DecisionKind
    {
        AcceptPair,
        RejectPair,
        AcceptItem,
        RejectItem,
    }

    /// <summary>What the command line was asked to decide, made a command once the item's pairs are known (for item decisions).</summary>
    private sealed record Decision(string Exchange, DecisionKind Kind, string Left, string Right, string Why)
    {
        public Core.Commands.Command ToCommand(Func<IEnumerable<MatchCandidate>> awaiting) => Kind switch
        {
            DecisionKind.AcceptPair => new DecideMatch(Exchange, Left, Right, MatchVerdict.Accept, Why),
            DecisionKind.RejectPair => new DecideMatch(Exchange, Left, Right, MatchVerdict.Reject, Why),
            _ => ReviewItemDecision.Of(Exchange, awaiting(), (Left, Right), Kind == DecisionKind.AcceptItem, Why),
        };
    }
}
