using System.Collections.Immutable;

namespace Parley.Core.Matching;

/// <summary>
/// A candidate pair of an exchange: the latest scores the engine gave it (<see cref="RecordedAt"/> is the state version
/// of that run) and every ruling on it, oldest first. The current ruling is the last; none is ever replaced.
/// </summary>
public sealed record CandidatePair(MatchCandidate Candidate, long RecordedAt, ImmutableList<MatchRuling> Rulings)
{
    public MatchRuling? Current => Rulings.Count == 0 ? null : Rulings[^1];

    public bool IsAccepted => Current?.Verdict == MatchVerdict.Accept;
}
