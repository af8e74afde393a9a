using Parley.Matching.Reconciliation;

namespace Parley.Matching.Assignment;

/// <summary>
/// Pairs each record with at most one on the other side — unless a list names one person twice. Candidates are taken
/// greedily by match weight, best first; a pair is kept if neither record is taken, or if every record already paired
/// with either of its records is, by a <see cref="SameRecordTwice"/> test, a second copy of the other (a person listed
/// twice in one list is the counterpart of each copy). A kept <see cref="Decision.Match"/> whose best rival (a losing
/// candidate of either record, not a copy of its partner) comes within the ambiguity margin is held at
/// <see cref="Decision.Review"/>: two similar people should be told apart by a human, not by a coin toss. Only a rival
/// that could itself be a match counts. Deterministic: ties break by left, then right index.
/// </summary>
public static class OneToOneAssignment
{
    /// <summary>Whether two records of one list (the left list if <c>leftList</c>) are the same person written twice.</summary>
    public delegate Copy SameRecordTwice(bool leftList, int first, int second);

    /// <summary>The kept pairs, in left order.</summary>
    public static IReadOnlyList<ScoredPair> Assign(
        IReadOnlyList<ScoredPair> candidates,
        int leftCount,
        int rightCount,
        double ambiguityMarginBits,
        SameRecordTwice? sameRecordTwice = null)
    {
        Preconditions.CheckNotNull(candidates, nameof(candidates));
        ScoredPair[] ordered = [.. candidates];
        Array.Sort(ordered, static (a, b) =>
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right);
        });
        var leftPartners = new List<int>?[leftCount];
        var rightPartners = new List<int>?[rightCount];
        var copies = new Dictionary<(bool, int, int), Copy>();
        Copy CopyOf(bool leftList, int a, int b) =>
            sameRecordTwice is null ? Copy.No : a == b ? Copy.Certain : copies.TryGetValue((leftList, Math.Min(a, b), Math.Max(a, b)), out var known)
                ? known
                : copies[(leftList, Math.Min(a, b), Math.Max(a, b))] = sameRecordTwice(leftList, a, b);
        bool Copies(bool leftList, int a, int b) => CopyOf(leftList, a, b) != Copy.No;
        var kept = new List<ScoredPair>();
        // The best weight among each record's losing candidates that could be another person.
        var leftRival = new double[leftCount];
        var rightRival = new double[rightCount];
        Array.Fill(leftRival, double.NegativeInfinity);
        Array.Fill(rightRival, double.NegativeInfinity);
        foreach (var pair in ordered)
        {
            var ofLeft = leftPartners[pair.Left];
            var ofRight = rightPartners[pair.Right];
            var free = ofLeft is null && ofRight is null;
            var copiesOfPartners = !free
                && (ofLeft is null || ofLeft.TrueForAll(r => Copies(false, r, pair.Right)))
                && (ofRight is null || ofRight.TrueForAll(l => Copies(true, l, pair.Left)));
            if (free || copiesOfPartners)
            {
                // A copy that may be a namesake instead (one of the two gives no date) is for a person to confirm.
                var possible = !free
                    && ((ofLeft?.Exists(r => CopyOf(false, r, pair.Right) == Copy.Possible) ?? false)
                        || (ofRight?.Exists(l => CopyOf(true, l, pair.Left) == Copy.Possible) ?? false));
                (leftPartners[pair.Left] ??= []).Add(pair.Right);
                (rightPartners[pair.Right] ??= []).Add(pair.Left);
                kept.Add(possible && pair.Decision == Decision.Match ? pair with { Decision = Decision.Review, Hold = Hold.PossibleCopy } : pair);
            }
            else if (pair.Decision == Decision.Match)
            {
                if (ofLeft is not null && !ofLeft.Exists(r => Copies(false, r, pair.Right)))
                {
                    leftRival[pair.Left] = Math.Max(leftRival[pair.Left], pair.Weight);
                }
                if (ofRight is not null && !ofRight.Exists(l => Copies(true, l, pair.Left)))
                {
                    rightRival[pair.Right] = Math.Max(rightRival[pair.Right], pair.Weight);
                }
            }
        }
        for (var i = 0; i < kept.Count; i++)
        {
            var p = kept[i];
            var rival = Math.Max(leftRival[p.Left], rightRival[p.Right]);
            if (p.Decision == Decision.Match && rival > p.Weight - ambiguityMarginBits)
            {
                kept[i] = p with { Decision = Decision.Review, Hold = Hold.Rival };
            }
        }
        kept.Sort(static (a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));
        return kept;
    }
}

/// <summary>Whether two records of one list are one person written twice.</summary>
public enum Copy
{
    /// <summary>Two people.</summary>
    No = 0,

    /// <summary>Perhaps one person, perhaps namesakes (one record gives no date): a pair through the copy is for review.</summary>
    Possible,

    /// <summary>One person written twice.</summary>
    Certain,
}
