using System.Collections.Immutable;

namespace Parley.Core.Matching;

/// <summary>
/// A candidate pair of an exchange: the latest scores the engine gave it (<see cref="RecordedAt"/> is the state version
/// of that run), every ruling of the mediator on it, oldest first, and the receiving party's answer to the latest
/// acceptance. The current ruling is the last; none is ever replaced.
/// </summary>
public sealed record CandidatePair(MatchCandidate Candidate, long RecordedAt, ImmutableList<MatchRuling> Rulings, ConfirmationRuling? Confirmation = null)
{
    public MatchRuling? Current => Rulings.Count == 0 ? null : Rulings[^1];

    /// <summary>Not yet ruled on by the mediator: the review queue.</summary>
    public bool AwaitsDecision => Rulings.Count == 0;

    public bool IsAccepted => Current?.Verdict == MatchVerdict.Accept;

    /// <summary>Accepted by the mediator and not yet answered by the receiving party.</summary>
    public bool AwaitsConfirmation => IsAccepted && Confirmation is null;

    /// <summary>Accepted and confirmed: the two entries are one person in the exchange.</summary>
    public bool IsConfirmed => IsAccepted && Confirmation?.Verdict == ConfirmationVerdict.Confirm;
}
