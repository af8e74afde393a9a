namespace Parley.Core.Feasibility;

/// <summary>
/// One condition a formula sets one side, with what the side has and what it needs; met when Have ≥ Need. Counts only.
/// Immutable.
/// </summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Term">The 0-based term it concerns, or null for the floor.</param>
/// <param name="Side">The holding side the condition is on.</param>
/// <param name="Have">What the side has: its people under the term, the cap of an exact term, or the most it can release in all.</param>
/// <param name="Need">What it needs: the term's number, the other side's releases, its own releases, or the floor.</param>
public sealed record Constraint(ConstraintKind Kind, int? Term, Side Side, int Have, int Need)
{
    /// <summary>How much is to spare (positive) or missing (negative).</summary>
    public int Slack => Have - Need;

    public bool Met => Have >= Need;
}
