namespace Parley.Core.Matching;

/// <summary>What the engine made of a candidate pair: a confident match, or one for a person to review.</summary>
public enum CandidateDecision
{
    Match,
    Review,
}
