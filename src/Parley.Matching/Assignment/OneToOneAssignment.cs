using Parley.Matching.Reconciliation;

namespace Parley.Matching.Assignment;

/// <summary>
/// Pairs each record with at most one on the other side: candidates are taken greedily by match weight,
/// best first, and a pair is kept only if neither record is already taken. A kept <see cref="Decision.Match"/>
/// whose best rival (a candidate of either record that lost) comes within the ambiguity margin is held at
/// <see cref="Decision.Review"/>: two similar people should be told apart by a human, not by a coin toss.
/// Only a rival that could itself be a match counts: a namesake held at review by a date clash does not
/// make the exact pair ambiguous.
/// Deterministic: ties break by left, then right index.
/// </summary>
public static class OneToOneAssignment
{
    /// <summary>The kept pairs, in left order.</summary>
    public static IReadOnlyList<ScoredPair> Assign(IReadOnlyList<ScoredPair> candidates, int leftCount, int rightCount, double ambiguityMarginBits)
    {
        Preconditions.CheckNotNull(candidates, nameof(candidates));
        ScoredPair[] ordered = [.. candidates];
        Array.Sort(ordered, static (a, b) =>
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right);
        });
        var leftTaken = new int[leftCount];
        var rightTaken = new int[rightCount];
        Array.Fill(leftTaken, -1);
        Array.Fill(rightTaken, -1);
        var kept = new List<ScoredPair>();
        // The best weight among each record's losing candidates.
        var leftRival = new double[leftCount];
        var rightRival = new double[rightCount];
        Array.Fill(leftRival, double.NegativeInfinity);
        Array.Fill(rightRival, double.NegativeInfinity);
        foreach (var pair in ordered)
        {
            if (leftTaken[pair.Left] < 0 && rightTaken[pair.Right] < 0)
            {
                leftTaken[pair.Left] = kept.Count;
                rightTaken[pair.Right] = kept.Count;
                kept.Add(pair);
            }
            else if (pair.Decision == Decision.Match)
            {
                leftRival[pair.Left] = Math.Max(leftRival[pair.Left], pair.Weight);
                rightRival[pair.Right] = Math.Max(rightRival[pair.Right], pair.Weight);
            }
        }
        for (var i = 0; i < kept.Count; i++)
        {
            var p = kept[i];
            var rival = Math.Max(leftRival[p.Left], rightRival[p.Right]);
            if (p.Decision == Decision.Match && rival > p.Weight - ambiguityMarginBits)
            {
                kept[i] = p with { Decision = Decision.Review };
            }
        }
        kept.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        return kept;
    }
}
