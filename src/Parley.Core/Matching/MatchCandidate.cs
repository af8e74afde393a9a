namespace Parley.Core.Matching;

/// <summary>
/// One candidate pair as the matching engine scored it, within one direction: the request <see cref="Left"/>, the
/// offered person <see cref="Right"/>, the match probability <see cref="Score"/> (0 to 1), the engine's decision, and
/// <see cref="Evidence"/>, a digest of comparison levels such as <c>surname: phonetic, dob: exact</c> (no personal data).
/// </summary>
public sealed record MatchCandidate(string Left, string Right, double Score, CandidateDecision Decision, string Evidence);
