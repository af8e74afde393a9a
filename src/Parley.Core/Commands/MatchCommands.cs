using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Matching;

namespace Parley.Core.Commands;

/// <summary>
/// Records the candidate pairs one run of the matching engine found between side A's roster (<c>Left</c>) and side
/// B's (<c>Right</c>). Public only: ids, scores, decisions and level names, never a name or a date (docs/reconciliation.md).
/// An empty list still records the run, so the people compared count as matched against from then on.
/// </summary>
public sealed record RecordMatchCandidates(string Exchange, ImmutableList<MatchCandidate> Candidates, string EngineVersion) : Command
{
    public override string Name => "record-match-candidates";
}

/// <summary>
/// A person's ruling on a candidate pair: accept (both people move listed → matched) or reject. <see cref="Why"/> is
/// private; a reversal is a new decision, never an edit of the old one.
/// </summary>
public sealed record DecideMatch(string Exchange, string Left, string Right, MatchVerdict Verdict, string By, string Why, Instant? At = null) : Command
{
    public override string Name => "decide-match";
}
