using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Matching.Reconciliation;
using Parley.Reconciliation;
using Parley.Server.Access;
using Parley.Server.Api;

namespace Parley.Server.Desk;

/// <summary>Where a reconciliation run stands.</summary>
public enum JobState
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A reconciliation run as the desk and the API show it: its stage and how far it has got, and what it found (the
/// report, once done; <see cref="FirstSequence"/> is the log position of the candidates it recorded, when it recorded any).
/// </summary>
public sealed record ReconcileStatus(string Exchange, JobState State, string Stage, long Done, long Total, int Candidates, string? Message,
    DateTimeOffset Queued, DateTimeOffset? Finished)
{
    public double Fraction => Total <= 0 ? (State == JobState.Done ? 1 : 0) : Math.Clamp((double)Done / Total, 0, 1);

    public RunReport? Report { get; init; }

    public long? FirstSequence { get; init; }
}

/// <summary>
/// Reconciliation inside the running server: one background worker takes runs off a queue (one per exchange at a
/// time), scores a snapshot of the state beside the writer, then hands the single writer the
/// <c>record-match-candidates</c> commands of the run in parts, each committed like any other command (briefly: the
/// scoring is done by then), so that other callers' commands are decided between the parts. The
/// engine's field-by-field evidence of each pair is kept in memory for the desk's candidate pages.
/// </summary>
public sealed class ReconcileJobs(CommandGate gate, DeskSignals signals, ILogger<ReconcileJobs> logger) : BackgroundService
{
    private sealed record Request(string Exchange, Caller Caller, ReconcileOptions Options);

    /// <summary>
    /// Where runs score: the engine's parallel loops take their scheduler from the task they run in, so these threads, all
    /// cores but one and below the server's priority, carry the whole run.
    /// </summary>
    private static readonly BackgroundCores ScoringCores = new(Environment.ProcessorCount - 1);

    /// <summary>
    /// Candidates per recorded part: four events' worth, a few milliseconds of the writer's time, so that a press entry or
    /// an officer's command waits at most that long behind a run of thousands (issue 14's bar on the live stream).
    /// </summary>
    private const int CandidatesPerPart = 4 * MatchRules.CandidatesPerEvent;

    private readonly Channel<Request> _queue = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, ReconcileStatus> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableDictionary<PairKey, IReadOnlyList<FieldEvidence>>> _evidence = new(StringComparer.Ordinal);

    /// <summary>
    /// Queues a run of <paramref name="exchange"/> for <paramref name="caller"/> (with the engine's default thresholds unless
    /// <paramref name="options"/> says otherwise), unless one is already queued or running: then that run's status.
    /// </summary>
    public ReconcileStatus Start(string exchange, Caller caller, ReconcileOptions? options = null)
    {
        var queued = new ReconcileStatus(exchange, JobState.Queued, "queued", 0, 0, 0, null, DateTimeOffset.UtcNow, null);
        var status = _jobs.AddOrUpdate(exchange, queued, (_, old) => old.State is JobState.Queued or JobState.Running ? old : queued);
        if (ReferenceEquals(status, queued))
        {
            _queue.Writer.TryWrite(new Request(exchange, caller, options ?? ReconcileOptions.Default));
            signals.Pulse();
        }
        return status;
    }

    /// <summary>The latest run of an exchange since the server started, if any.</summary>
    public ReconcileStatus? Status(string exchange) => _jobs.GetValueOrDefault(exchange);

    /// <summary>The engine's evidence for a pair, when a run in this server scored it.</summary>
    public IReadOnlyList<FieldEvidence>? Evidence(string exchange, PairKey pair) =>
        _evidence.GetValueOrDefault(exchange)?.GetValueOrDefault(pair);

    /// <summary>Waits until the exchange's run is done or failed (for tests and the command line).</summary>
    public async Task<ReconcileStatus> WaitAsync(string exchange, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Status(exchange) is { State: JobState.Done or JobState.Failed } status)
            {
                return status;
            }
            await Task.Delay(50, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(request, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(Request request, CancellationToken cancellationToken)
    {
        var exchange = request.Exchange;
        Update(exchange, s => s with { State = JobState.Running, Stage = "reading the lists" });
        try
        {
            var state = gate.Store.State;
            var progress = new Relay(p => Update(exchange, s => s with { Stage = p.Stage, Done = p.Done, Total = p.Total }));
            // The scoring is CPU work on a snapshot: off the request threads, never holding the writer, and on threads
            // the system runs after the live broadcast's and the officers' commands'.
            var outcome = await Task.Factory.StartNew(
                () => ExchangeReconciliation.Run(state, exchange, request.Options, progress, cancellationToken),
                cancellationToken, TaskCreationOptions.DenyChildAttach, ScoringCores);
            _evidence.AddOrUpdate(exchange, _ => Evidence(outcome), (_, old) => old.SetItems(Evidence(outcome)));
            var report = RunReport.Of(outcome);
            if (outcome.Command is null)
            {
                Update(exchange, s => s with { Report = report });
                Finish(exchange, JobState.Done, 0, "nothing was listed or amended since the last run, so there was nothing to compare");
                return;
            }
            var total = outcome.Candidates.Count;
            Update(exchange, s => s with { Stage = "recording the candidates", Done = 0, Total = total, Report = report });
            var recordedSoFar = 0;
            foreach (var part in outcome.CommandParts(CandidatesPerPart))
            {
                var recorded = await gate.ExecuteAsync(part, request.Caller, cancellationToken);
                if (!recorded.Accepted)
                {
                    Finish(exchange, JobState.Failed, recordedSoFar,
                        $"the candidates were not all recorded ({recordedSoFar:N0} of {total:N0}): {recorded.Reason}; the next run compares these lists again");
                    return;
                }
                recordedSoFar += part.Candidates.Count;
                Update(exchange, s => s with { Done = recordedSoFar, FirstSequence = s.FirstSequence ?? recorded.FirstSequence });
            }
            Finish(exchange, JobState.Done, total,
                $"{total} candidate pairs recorded ({ReviewQueue(outcome.Candidates)}) from {outcome.Changed} new or changed entries");
        }
        catch (ParleyException e)
        {
            Finish(exchange, JobState.Failed, 0, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Finish(exchange, JobState.Failed, 0, "the server stopped before the run finished");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Reconciliation of {Exchange} failed", exchange);
            Finish(exchange, JobState.Failed, 0, "the run failed unexpectedly; the server's log has the details");
        }
    }

    /// <summary>The review queue of a run as the mediator works it: items (rivals sharing an entry) and pairs.</summary>
    private static string ReviewQueue(IReadOnlyList<MatchCandidate> candidates)
    {
        var reviews = candidates.Where(c => c.Decision == CandidateDecision.Review).ToList();
        var items = ReviewItems.Group(reviews, c => c.Left, c => c.Right, c => c.Score).Count;
        return $"{items} review item{(items == 1 ? "" : "s")}, {reviews.Count} pair{(reviews.Count == 1 ? "" : "s")} for review";
    }

    private static ImmutableDictionary<PairKey, IReadOnlyList<FieldEvidence>> Evidence(ExchangeReconciliation.Outcome outcome) =>
        outcome.Explained.ToImmutableDictionary(r => new PairKey(r.Candidate.Left, r.Candidate.Right), r => r.Evidence);

    private void Finish(string exchange, JobState state, int candidates, string message) =>
        Update(exchange, s => s with { State = state, Stage = state == JobState.Done ? "done" : "failed", Candidates = candidates, Message = message, Finished = DateTimeOffset.UtcNow, Done = s.Total });

    private void Update(string exchange, Func<ReconcileStatus, ReconcileStatus> change)
    {
        _jobs.AddOrUpdate(exchange, _ => change(new ReconcileStatus(exchange, JobState.Running, "", 0, 0, 0, null, DateTimeOffset.UtcNow, null)), (_, old) => change(old));
        signals.Pulse();
    }

    private sealed class Relay(Action<ReconcileProgress> report) : IProgress<ReconcileProgress>
    {
        public void Report(ReconcileProgress value) => report(value);
    }
}
