using System.Collections.Immutable;

namespace Parley.Core.Feasibility;

/// <summary>
/// Whether a formula can be fulfilled counting the people at least as far along as <see cref="Readiness"/>, with every
/// condition it sets each side. Immutable.
/// </summary>
public sealed record FeasibilityVerdict(Readiness Readiness, ImmutableArray<Constraint> Constraints)
{
    /// <summary>
    /// Whether some choice of listed people to release meets the formula: every condition is met. Exact, not a
    /// heuristic: the conditions are necessary and together sufficient (docs/feasibility.md, "The reasoning").
    /// </summary>
    public bool Feasible => Constraints.All(c => c.Met);

    /// <summary>
    /// The condition with the least to spare (the most missing when the formula cannot be fulfilled); the first of
    /// equals, in term order and side A before side B. Null when the formula sets no condition (only <c>all</c> terms
    /// and no floor: always fulfillable).
    /// </summary>
    public Constraint? Binding => Constraints.IsEmpty ? null : Constraints.MinBy(c => c.Slack);
}
