using System.Collections.Immutable;
using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Matching.Reconciliation;
using MatchingDecision = Parley.Matching.Reconciliation.Decision;

namespace Parley.Reconciliation;

/// <summary>
/// Reconciles an exchange's lists with the matching engine, within each direction: the receiving party's request list
/// against the holding party's offer list (never one side's people against the other side's). Only outstanding requests
/// and offered people not yet matched take part; of those, only the entries listed or amended since the last recorded
/// run are compared again (the changed requests against every offered person, the unchanged requests against the
/// changed offered people), so every pair with a changed entry is scored once. Works on a snapshot of the state, so it
/// can run beside the writer; the result is one <see cref="RecordMatchCandidates"/> command, decided by the writer.
/// Rules: docs/reconciliation.md, "Inside an exchange".
/// </summary>
public static class ExchangeReconciliation
{
    /// <summary>The engine's name and version as the candidates event records it.</summary>
    public static string EngineVersion { get; } = "parley-matching " + (typeof(Reconciler).Assembly.GetName().Version?.ToString() ?? "0");

    /// <summary>One review candidate with what each list wrote (for the mediator's eyes only; nothing of it is published).</summary>
    public sealed record Review(MatchCandidate Candidate, Side Direction, IReadOnlyList<FieldEvidence> Evidence);

    /// <summary>Who took part in one direction (named by its holding side).</summary>
    public sealed record DirectionRun(Side Holder, int Requests, int Offers, int ChangedRequests, int ChangedOffers);

    /// <summary>What a run found; <see cref="Command"/> records it (null when nothing changed since the last run).</summary>
    public sealed record Outcome(
        Exchange Exchange, bool FirstRun, IReadOnlyList<DirectionRun> Directions, ImmutableList<MatchCandidate> Candidates,
        IReadOnlyList<Review> Reviews, RecordMatchCandidates? Command)
    {
        /// <summary>Every candidate (match and review) with its field-by-field evidence, for a reader allowed to see the lists.</summary>
        public IReadOnlyList<Review> Explained { get; init; } = Reviews;

        public int Changed => Directions.Sum(d => d.ChangedRequests + d.ChangedOffers);

        /// <summary>
        /// <see cref="Command"/> in parts of at most <paramref name="candidatesPerPart"/> candidates, every part but the last
        /// saying more follow (none when nothing changed): a server records them one by one, so that other commands
        /// are decided between them instead of waiting behind the whole run.
        /// </summary>
        public IReadOnlyList<RecordMatchCandidates> CommandParts(int candidatesPerPart)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(candidatesPerPart, 1);
            if (Command is null)
            {
                return [];
            }
            var parts = Command.Candidates.Chunk(candidatesPerPart).Select(c => Command with { Candidates = [.. c], MoreToFollow = true }).ToList();
            return parts.Count == 0 ? [Command] : [.. parts[..^1], parts[^1] with { MoreToFollow = null }];
        }
    }

    /// <summary>Scores the candidates of <paramref name="exchangeId"/> as <paramref name="state"/> has it.</summary>
    /// <exception cref="RuleViolationException">The exchange is not open.</exception>
    public static Outcome Run(ParleyState state, string exchangeId, ReconcileOptions options, IProgress<ReconcileProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var exchange = state.Exchanges.GetValueOrDefault(exchangeId)
            ?? throw new RuleViolationException(DomainRule.KnownReference, $"exchange '{exchangeId}' is not open");
        var matching = state.MatchingOf(exchange.Id);
        var candidates = ImmutableList.CreateBuilder<MatchCandidate>();
        var reviews = new List<Review>();
        var explained = new List<Review>();
        var runs = new List<DirectionRun>();
        foreach (var holder in new[] { Side.A, Side.B })
        {
            cancellationToken.ThrowIfCancellationRequested();
            var requests = exchange.Requests.Values
                .Where(r => r.Side == holder && r.Status == RequestStatus.Requested)
                .Where(r => r.Details is not null) // erased entries have nothing left to match
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => (r.Id, Details: r.Details!))
                .ToList();
            var offers = exchange.Persons.Values
                .Where(p => p.Side == holder && (p.Status == PersonStatus.Offered || (p.Status == PersonStatus.Matched && matching.WithoutAcceptedMatch.Contains(p.Id))))
                .Where(p => p.Details is not null)
                .OrderBy(p => p.Id, StringComparer.Ordinal)
                .Select(p => (p.Id, Details: p.Details!))
                .ToList();
            var changedRequests = requests.Where(r => matching.ChangedSinceLastRun(r.Id)).ToList();
            var unchangedRequests = requests.Where(r => !matching.ChangedSinceLastRun(r.Id)).ToList();
            var changedOffers = offers.Where(p => matching.ChangedSinceLastRun(p.Id)).ToList();
            Compare(holder, changedRequests, offers, options, progress, candidates, reviews, explained);
            Compare(holder, unchangedRequests, changedOffers, options, progress, candidates, reviews, explained);
            runs.Add(new DirectionRun(holder, requests.Count, offers.Count, changedRequests.Count, changedOffers.Count));
        }
        var changed = runs.Sum(d => d.ChangedRequests + d.ChangedOffers);
        var command = changed == 0 ? null : new RecordMatchCandidates(exchange.Id, candidates.ToImmutable(), EngineVersion) { AsOf = state.Version };
        return new Outcome(exchange, matching.LastRun == 0, runs, candidates.ToImmutable(), reviews, command) { Explained = explained };
    }

    /// <summary>A pair written <c>LEFT:RIGHT</c> (the request, then the offered person), or <c>LEFT,RIGHT</c> when an id holds ':'.</summary>
    public static (string Left, string Right) SplitPair(string pair)
    {
        var separator = pair.Contains(',') ? ',' : ':';
        var parts = pair.Split(separator);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new InvalidFieldException("pair", pair,
                "a pair is LEFT:RIGHT (the request, then the offered person); when an id holds ':' write LEFT,RIGHT");
        }
        return (parts[0].Trim(), parts[1].Trim());
    }

    private static void Compare(Side holder, List<(string Id, PersonDetails Details)> left, List<(string Id, PersonDetails Details)> right,
        ReconcileOptions options, IProgress<ReconcileProgress>? progress, ImmutableList<MatchCandidate>.Builder candidates, List<Review> reviews, List<Review> explained)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return;
        }
        var result = Reconciler.Reconcile(
            left.Select((e, i) => ListRecords.Of(e.Id, e.Details, i + 1)).ToList(),
            right.Select((e, i) => ListRecords.Of(e.Id, e.Details, i + 1)).ToList(),
            options, progress);
        foreach (var pair in result.Pairs.Where(p => p.Decision is MatchingDecision.Match or MatchingDecision.Review))
        {
            var evidence = result.Evidence(pair);
            var candidate = new MatchCandidate(left[pair.Left].Id, right[pair.Right].Id, Math.Round(pair.Probability, 4),
                pair.Decision == MatchingDecision.Match ? CandidateDecision.Match : CandidateDecision.Review,
                ListRecords.Digest(evidence));
            candidates.Add(candidate);
            var review = new Review(candidate, holder, evidence);
            explained.Add(review);
            if (candidate.Decision == CandidateDecision.Review)
            {
                reviews.Add(review);
            }
        }
    }
}
