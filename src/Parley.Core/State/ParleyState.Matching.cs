using System.Collections.Immutable;
using Parley.Core.Events;
using Parley.Core.Matching;

namespace Parley.Core.State;

public sealed partial record ParleyState
{
    /// <summary>
    /// Matching inside each exchange, by exchange id (exchanges never matched are absent); a snapshot's is read on first
    /// use (<see cref="MatchingOf"/>), as an exchange's candidate pairs can number hundreds of thousands.
    /// </summary>
    public ImmutableSortedDictionary<string, Deferred<ExchangeMatching>> Matching { get; init; } =
        ImmutableSortedDictionary<string, Deferred<ExchangeMatching>>.Empty.WithComparers(StringComparer.Ordinal);

    public ExchangeMatching MatchingOf(string exchange) => Matching.GetValueOrDefault(exchange)?.Value ?? ExchangeMatching.Empty;

    private ParleyState WithMatching(string exchange, Func<ExchangeMatching, ExchangeMatching> change) =>
        this with { Matching = Matching.SetItem(exchange, Deferred<ExchangeMatching>.Of(change(MatchingOf(exchange)))) };

    private ParleyState WithDetailsChanged(string exchange, string person, long version) =>
        WithMatching(exchange, m => m.WithDetailsChanged(person, version));

    private ParleyState WithCandidates(MatchCandidatesRecorded e, long version) =>
        WithMatching(e.Exchange, m => m.WithRun(e.Candidates, e.AsOf ?? version, completesRun: e.MoreToFollow != true));

    private ParleyState WithMatchDecision(MatchDecided e, long version) =>
        WithMatching(e.Exchange, m => m.WithRuling(new PairKey(e.Left, e.Right), new MatchRuling(e.Verdict, ByWhom(e.By, e), e.At, version)));

    private ParleyState WithMatchConfirmation(MatchConfirmed e, long version) =>
        WithMatching(e.Exchange, m => m.WithConfirmation(new PairKey(e.Left, e.Right), new ConfirmationRuling(e.Verdict, ByWhom(null, e), e.At, version)));

    /// <summary>Who ruled: the actor, or the free-text name of logs written before events named their actor.</summary>
    private static string ByWhom(string? legacy, DomainEvent e) => e.Actor?.ToString() ?? legacy ?? "unknown";
}
