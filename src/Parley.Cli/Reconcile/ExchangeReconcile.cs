using System.Collections.Immutable;
using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Matching.Reconciliation;
using Parley.Store.Domain;
using MatchingDecision = Parley.Matching.Reconciliation.Decision;

namespace Parley.Cli.Reconcile;

/// <summary>
/// `parley reconcile --exchange ID`: matches side A's roster against side B's with the engine and records the
/// candidates (<c>record-match-candidates</c>). Only people awaiting a match take part (listed, or matched after their
/// accepted match was reversed); of those, only the ones listed or amended since the last recorded run are compared
/// again: the changed people of side A against all of side B's, and side A's unchanged people against side B's changed
/// ones, so every pair with a changed person is scored once. Rules: docs/reconciliation.md, "Inside an exchange".
/// </summary>
internal static class ExchangeReconcile
{
    /// <summary>The engine's name and version as the candidates event records it.</summary>
    public static string EngineVersion { get; } = "parley-matching " + (typeof(Reconciler).Assembly.GetName().Version?.ToString() ?? "0");

    /// <summary>One review candidate as the mediator's terminal shows it, with what each side wrote.</summary>
    internal sealed record Review(MatchCandidate Candidate, IReadOnlyList<FieldEvidence> Evidence);

    /// <summary>What a run found and recorded.</summary>
    internal sealed record Outcome(
        Exchange Exchange, bool FirstRun, int ChangedA, int ChangedB, int PoolA, int PoolB,
        ImmutableList<MatchCandidate> Candidates, IReadOnlyList<Review> Reviews, CommandOutcome? Recorded);

    public static Outcome Run(ParleyStore store, string exchangeId, ReconcileOptions options)
    {
        var state = store.State;
        var exchange = FindExchange(state, exchangeId);
        var matching = state.MatchingOf(exchange.Id);
        var pool = exchange.Persons.Values
            .Where(p => p.Status == PersonStatus.Listed || (p.Status == PersonStatus.Matched && matching.WithoutAcceptedMatch.Contains(p.Id)))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var poolA = pool.Where(p => p.Side == Side.A).ToList();
        var poolB = pool.Where(p => p.Side == Side.B).ToList();
        var changedA = poolA.Where(p => matching.ChangedSinceLastRun(p.Id)).ToList();
        var changedB = poolB.Where(p => matching.ChangedSinceLastRun(p.Id)).ToList();
        var unchangedA = poolA.Where(p => !matching.ChangedSinceLastRun(p.Id)).ToList();

        var candidates = ImmutableList.CreateBuilder<MatchCandidate>();
        var reviews = new List<Review>();
        Compare(changedA, poolB, options, candidates, reviews);
        Compare(unchangedA, changedB, options, candidates, reviews);

        var firstRun = matching.LastRun == 0;
        CommandOutcome? recorded = null;
        if (changedA.Count + changedB.Count > 0)
        {
            recorded = store.Execute(new RecordMatchCandidates(exchange.Id, candidates.ToImmutable(), EngineVersion));
        }
        return new Outcome(exchange, firstRun, changedA.Count, changedB.Count, poolA.Count, poolB.Count, candidates.ToImmutable(), reviews, recorded);
    }

    /// <summary>Records a person's decision on a candidate pair given as <c>LEFT:RIGHT</c> (or <c>LEFT,RIGHT</c>).</summary>
    public static CommandOutcome Decide(ParleyStore store, string exchangeId, string pair, MatchVerdict verdict, string by, string why)
    {
        var exchange = FindExchange(store.State, exchangeId);
        var (left, right) = SplitPair(pair);
        return store.Execute(new DecideMatch(exchange.Id, left, right, verdict, by, why));
    }

    public static (string Left, string Right) SplitPair(string pair)
    {
        var separator = pair.Contains(',') ? ',' : ':';
        var parts = pair.Split(separator);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new InvalidFieldException("pair", pair,
                "a pair is LEFT:RIGHT (side A's person, then side B's); when an id holds ':' write LEFT,RIGHT");
        }
        return (parts[0].Trim(), parts[1].Trim());
    }

    private static Exchange FindExchange(ParleyState state, string id) =>
        state.Exchanges.GetValueOrDefault(id)
        ?? throw new RuleViolationException(DomainRule.KnownReference, $"exchange '{id}' is not open");

    private static void Compare(List<Person> left, List<Person> right, ReconcileOptions options,
        ImmutableList<MatchCandidate>.Builder candidates, List<Review> reviews)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return;
        }
        var result = Reconciler.Reconcile(
            left.Select((p, i) => RosterRecords.Of(p, i + 1)).ToList(),
            right.Select((p, i) => RosterRecords.Of(p, i + 1)).ToList(),
            options, progress: null);
        foreach (var pair in result.Pairs.Where(p => p.Decision is MatchingDecision.Match or MatchingDecision.Review))
        {
            var evidence = result.Evidence(pair);
            var candidate = new MatchCandidate(left[pair.Left].Id, right[pair.Right].Id, Math.Round(pair.Probability, 4),
                pair.Decision == MatchingDecision.Match ? CandidateDecision.Match : CandidateDecision.Review,
                RosterRecords.Digest(evidence));
            candidates.Add(candidate);
            if (candidate.Decision == CandidateDecision.Review)
            {
                reviews.Add(new Review(candidate, evidence));
            }
        }
    }
}
