using System.Collections.Immutable;

namespace Parley.Core.Matching;

/// <summary>
/// Where matching stands in one exchange. Immutable.
/// <list type="bullet">
/// <item><see cref="LastRun"/>: the state version the last completed run read (its last <c>match.candidates-recorded</c>
/// part; 0: never run).</item>
/// <item><see cref="DetailsChanged"/>: for each person, the state version at which the roster entry was listed or last
/// amended; a person whose version is above <see cref="LastRun"/> is to be matched again.</item>
/// <item><see cref="Pairs"/>: every candidate pair ever recorded, with all its rulings.</item>
/// <item><see cref="Accepted"/>: each entry's currently accepted pair (at most one), awaiting the receiving party's
/// confirmation or confirmed; a refused pair leaves it.</item>
/// <item><see cref="WithoutAcceptedMatch"/>: people whose accepted match was reversed while they were matched; they stay
/// matched (the lifecycle never moves back) until another pair of theirs is accepted.</item>
/// </list>
/// </summary>
public sealed record ExchangeMatching(
    long LastRun,
    ImmutableDictionary<string, long> DetailsChanged,
    ImmutableDictionary<PairKey, CandidatePair> Pairs,
    ImmutableDictionary<string, PairKey> Accepted,
    ImmutableHashSet<string> WithoutAcceptedMatch)
{
    public static readonly ExchangeMatching Empty = new(0,
        ImmutableDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<PairKey, CandidatePair>.Empty,
        ImmutableDictionary<string, PairKey>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal));

    /// <summary>Listed or amended after the last recorded run (or never run).</summary>
    public bool ChangedSinceLastRun(string person) => DetailsChanged.GetValueOrDefault(person) > LastRun;

    public CandidatePair? Pair(string left, string right) => Pairs.GetValueOrDefault(new PairKey(left, right));

    /// <summary>The person's accepted pair, if any.</summary>
    public PairKey? AcceptedPairOf(string person) => Accepted.TryGetValue(person, out var key) ? key : null;

    internal ExchangeMatching WithDetailsChanged(string person, long version) =>
        this with { DetailsChanged = DetailsChanged.SetItem(person, version) };

    /// <summary>
    /// Records candidates scored at <paramref name="version"/>; the run's entries count as compared (<see cref="LastRun"/>)
    /// only when this is its last part.
    /// </summary>
    internal ExchangeMatching WithRun(IEnumerable<MatchCandidate> candidates, long version, bool completesRun)
    {
        var pairs = Pairs.ToBuilder();
        foreach (var candidate in candidates)
        {
            var key = new PairKey(candidate.Left, candidate.Right);
            // New scores replace old ones; the rulings on the pair are kept whatever the engine now says.
            pairs[key] = pairs.TryGetValue(key, out var old)
                ? old with { Candidate = candidate, RecordedAt = version }
                : new CandidatePair(candidate, version, []);
        }
        return this with { LastRun = completesRun ? Math.Max(LastRun, version) : LastRun, Pairs = pairs.ToImmutable() };
    }

    internal ExchangeMatching WithRuling(PairKey key, MatchRuling ruling)
    {
        var pair = Pairs[key];
        var wasAccepted = pair.IsAccepted && pair.Confirmation?.Verdict != ConfirmationVerdict.Refuse;
        // A new acceptance asks the receiving party again; the earlier answer stays in the log.
        var next = this with { Pairs = Pairs.SetItem(key, pair with { Rulings = pair.Rulings.Add(ruling), Confirmation = null }) };
        if (ruling.Verdict == MatchVerdict.Accept)
        {
            return next with
            {
                Accepted = next.Accepted.SetItem(key.Left, key).SetItem(key.Right, key),
                WithoutAcceptedMatch = next.WithoutAcceptedMatch.Remove(key.Left).Remove(key.Right),
            };
        }
        return wasAccepted
            ? next with
            {
                Accepted = next.Accepted.Remove(key.Left).Remove(key.Right),
                WithoutAcceptedMatch = next.WithoutAcceptedMatch.Add(key.Left).Add(key.Right),
            }
            : next;
    }

    internal ExchangeMatching WithConfirmation(PairKey key, ConfirmationRuling ruling)
    {
        var pair = Pairs[key];
        var next = this with { Pairs = Pairs.SetItem(key, pair with { Confirmation = ruling }) };
        return ruling.Verdict == ConfirmationVerdict.Refuse
            ? next with { Accepted = next.Accepted.Remove(key.Left).Remove(key.Right) }
            : next;
    }
}
