namespace Parley.Matching.Reconciliation;

/// <summary>The three outcomes for a pair of records.</summary>
public enum Decision
{
    /// <summary>Not the same person (or not enough evidence to ask a human).</summary>
    NoMatch = 0,

    /// <summary>A human decides, with the evidence shown field by field.</summary>
    Review = 1,

    /// <summary>The same person, with confidence.</summary>
    Match = 2,
}
