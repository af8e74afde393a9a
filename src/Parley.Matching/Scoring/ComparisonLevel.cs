namespace Parley.Matching.Scoring;

/// <summary>
/// One level of one field's comparison, in the manner of Splink's comparison levels: a name, a description, the
/// documented prior for <see cref="M"/> (the chance a true match shows it) and for <see cref="UPrior"/> (the chance a
/// non-match does), both refined on the lists being reconciled. <see cref="HoldsAtReview"/> marks the one kind of
/// level that holds a pair at review whatever its weight: a clash on a strong identifier (a different service number
/// on both sides), a stated reason a human should look. Level 0 of every field is "missing" and weighs nothing. Immutable.
/// </summary>
public sealed record ComparisonLevel(Field Field, int Index, string Name, string Description, double M, double UPrior, bool HoldsAtReview = false)
{
    /// <summary>True for the level that means one side or both lack the field.</summary>
    public bool IsMissing => Index == 0;
}
