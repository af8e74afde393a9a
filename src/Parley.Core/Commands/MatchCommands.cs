using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

/// <summary>
/// Records the candidate pairs one run of the matching engine found within one direction: requests (<c>Left</c>)
/// against offered people (<c>Right</c>). Public only: ids, scores, decisions and level names, never a name or a date
/// (docs/reconciliation.md). An empty list still records the run, so the entries compared count as matched against.
/// </summary>
[WireName("record-match-candidates"), IssuedBy(ActorRole.Mediator)]
public sealed record RecordMatchCandidates(string Exchange, ImmutableList<MatchCandidate> Candidates, string EngineVersion) : Command
{
    /// <summary>
    /// The state version the engine read (a run beside the writer): entries listed or amended after it are still to be
    /// matched. Null: as of this command.
    /// </summary>
    public long? AsOf { get; init; }

    /// <summary>
    /// True when this command is one part of a run and more parts follow: a server records a long run in parts so that
    /// other commands are not held up behind it. Only the last part (null or false) counts the run's entries as
    /// compared, so a run cut short is compared again in full by the next.
    /// </summary>
    public bool? MoreToFollow { get; init; }
}

/// <summary>
/// The mediator's ruling on a candidate pair: accept (the receiving party is then asked to confirm) or reject.
/// <see cref="Why"/> is private; a reversal is a new decision, never an edit of the old one.
/// </summary>
[WireName("decide-match"), IssuedBy(ActorRole.Mediator)]
public sealed record DecideMatch(string Exchange, string Left, string Right, MatchVerdict Verdict, [Text(TextKind.Multiline)] string Why, Instant? At = null) : Command;

/// <summary>
/// The mediator's ruling on a review item — rival candidate pairs that share a request or an offered person — in one
/// command, so that nothing half-applies: accept one pair (<see cref="Accept"/>), which rejects its rivals among
/// <see cref="Pairs"/> (those sharing its request or its person), or, with no <see cref="Accept"/>, reject every pair.
/// Each pair must still await a decision. Recorded as one <c>match.decided</c> per pair decided; <see cref="Why"/> is
/// private.
/// </summary>
[WireName("decide-review-item"), IssuedBy(ActorRole.Mediator)]
public sealed record DecideReviewItem(string Exchange, ImmutableList<PairKey> Pairs, PairKey? Accept, [Text(TextKind.Multiline)] string Why, Instant? At = null) : Command;

/// <summary>
/// The receiving party's answer to a pair the mediator accepted: confirm (the request and the offered person become
/// one person in the exchange) or refuse.
/// </summary>
[WireName("confirm-match"), IssuedBy(ActorRole.Party)]
public sealed record ConfirmMatch(string Exchange, string Left, string Right, ConfirmationVerdict Verdict, [Text(TextKind.Multiline)] string? Why = null, Instant? At = null) : Command;

/// <summary>The verifier's record of interviews: identity confirmed and consent to return given, declined, or no interview possible.</summary>
[WireName("record-interview"), IssuedBy(ActorRole.Verifier)]
public sealed record RecordInterview(string Exchange, ImmutableList<string> Persons, InterviewOutcome Outcome, [Text(TextKind.Multiline)] string? Note = null, Instant? At = null) : Command;
