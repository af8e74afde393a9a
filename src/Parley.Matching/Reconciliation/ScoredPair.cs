using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

/// <summary>
/// A candidate pair after scoring: the two records' positions in their lists, the comparison vector, the
/// match weight (log2 odds) and probability, the decision, and the assignment round that decided it (1: all
/// records; 2: the records the first round left unmatched, weighed as a problem of their own), and the bits of the
/// weight that come from neither the prior nor a field: the lift of a pair with no rival (<see cref="Uncontested"/>).
/// Immutable.
/// </summary>
public readonly record struct ScoredPair(int Left, int Right, ComparisonVector Vector, double Weight, Decision Decision, int Round = 1, Hold Hold = Hold.None, double UncontestedBits = 0)
{
    /// <summary>The match probability, 2^w / (1 + 2^w).</summary>
    public double Probability => MatchWeights.Probability(Weight);
}
