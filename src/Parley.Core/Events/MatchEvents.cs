using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Exchanges;
using Parley.Core.Matching;

namespace Parley.Core.Events;

// Matching inside an exchange (docs/reconciliation.md, "Inside an exchange"). Public: person ids, scores, decisions and
// comparison-level names; the reason for a decision is the only private part. No name or date ever goes here.

/// <summary>One run of the matching engine over an exchange's rosters and the candidate pairs it found.</summary>
public sealed record MatchCandidatesRecorded(string Exchange, ImmutableList<MatchCandidate> Candidates, string EngineVersion) : DomainEvent
{
    public override string Type => "match.candidates-recorded";
}

/// <summary>A person's ruling on a candidate pair; <see cref="Why"/> is private. A reversal is another of these.</summary>
public sealed record MatchDecided(string Exchange, string Left, string Right, MatchVerdict Verdict, string By, Instant At, PrivateNote? Why) : DomainEvent
{
    public override string Type => "match.decided";
}
