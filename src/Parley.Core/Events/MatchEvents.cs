using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// Matching inside an exchange (docs/reconciliation.md, "Inside an exchange"): within a direction, a request (Left)
// against an offered person (Right). Public: ids, scores, decisions and comparison-level names; reasons are private.
// No name or date ever goes here.

/// <summary>One run of the matching engine over an exchange's lists and the candidate pairs it found.</summary>
[WireName("match.candidates-recorded")]
public sealed record MatchCandidatesRecorded(string Exchange, ImmutableList<MatchCandidate> Candidates, string EngineVersion) : DomainEvent, IExchangeEvent
{
    /// <summary>The state version the engine read, when it ran beside the writer; entries changed after it are still to be matched.</summary>
    public long? AsOf { get; init; }

    /// <summary>True when more parts of the same run follow (the run's entries count as compared only with its last part).</summary>
    public bool? MoreToFollow { get; init; }
}

/// <summary>
/// The mediator's ruling on a candidate pair; <see cref="Why"/> is private. A reversal is another of these.
/// <see cref="By"/> is the free-text name that logs written before events named their actor carry.
/// </summary>
[WireName("match.decided")]
public sealed record MatchDecided(string Exchange, string Left, string Right, MatchVerdict Verdict, Instant At, PrivateNote? Why) : DomainEvent, IExchangeEvent
{
    public string? By { get; init; }
}

/// <summary>
/// The receiving party confirms (or refuses) a pair the mediator accepted: confirmed, the request and the offered
/// person become one person in the exchange.
/// </summary>
[WireName("match.confirmed")]
public sealed record MatchConfirmed(string Exchange, string Left, string Right, ConfirmationVerdict Verdict, Instant At, PrivateNote? Why) : DomainEvent, IExchangeEvent;
