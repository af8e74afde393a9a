namespace Parley.Matching.Scoring;

/// <summary>
/// One level of one field's comparison, in the manner of Splink's comparison levels: a name, the
/// probability <see cref="M"/> that a true match shows it, the documented prior <see cref="UPrior"/> for the
/// probability that a non-match does (blended with the lists' own estimate by <see cref="UEstimator"/>), and whether it is strong enough evidence
/// against a match that it holds the decision at <c>review</c> (<see cref="BlocksMatch"/>). Level 0 of
/// every field is "missing" and carries no weight. Immutable.
/// </summary>
public sealed record ComparisonLevel(Field Field, int Index, string Name, string Description, double M, double UPrior, bool BlocksMatch = false)
{
    /// <summary>True for the level that means one side or both lack the field.</summary>
    public bool IsMissing => Index == 0;
}
