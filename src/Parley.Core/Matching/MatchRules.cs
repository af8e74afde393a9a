using Parley.Core.Rules;

namespace Parley.Core.Matching;

/// <summary>The rules of matching inside an exchange (docs/reconciliation.md, "Inside an exchange").</summary>
public static class MatchRules
{
    public static readonly DomainRule Candidates = new("match-candidates",
        "a candidate pairs a request with a person offered in the same direction, with a score from 0 to 1 and evidence given as comparison levels only");

    public static readonly DomainRule Decision = new("match-decision",
        "the mediator rules on a recorded candidate and the receiving party confirms; each entry has at most one accepted match; a decision is never overwritten, a reversal is a new one; and a confirmed match cannot be undone once the person is verified or beyond");

    /// <summary>
    /// The most candidates one event carries: at most about 100 bytes of ids and numbers and <see cref="MaxEvidenceLength"/>
    /// of evidence each, so an event stays well within a public entry's 64 KiB.
    /// </summary>
    public const int CandidatesPerEvent = 120;

    /// <summary>The longest evidence digest.</summary>
    public const int MaxEvidenceLength = 300;

    /// <summary>
    /// A digest is lower-case ASCII letters, spaces and <c>: , -</c> (no digits), such as <c>surname: phonetic, dob: exact</c>,
    /// so neither a name in Cyrillic nor a date can slip into the public part.
    /// </summary>
    public static bool IsEvidenceDigest(string? value) =>
        value is not null && value.Length <= MaxEvidenceLength
        && value.All(c => char.IsAsciiLetterLower(c) || c is ' ' or ':' or ',' or '-');
}
