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

    /// <summary>
    /// The <paramref name="kept"/> pairs with, beside each one at <see cref="Decision.Review"/>, every losing candidate of
    /// either of its records that comes within <paramref name="ambiguityMarginBits"/> of it and is itself no
    /// <see cref="Decision.NoMatch"/>: a person deciding a close call should see both people it was between, not only the
    /// one the weights put first by a bit (issue 10: the true pair was often the runner-up of a namesake). A runner-up whose
    /// other record is put out already, with a pair of its own, is left out unless that pair too is within the margin of
    /// the runner-up: two namesakes on each side with nothing else to tell them apart are one question (which is which),
    /// and the pair joins the two close calls into one item rather than lengthening the queue (match10: on the tuning lists
    /// the assignment's guess was wrong for most of the true pairs it lost). Each runner-up is held at review for its rival
    /// (<see cref="Hold.Rival"/>) and put out once; the result is in left, then right order.
    /// </summary>
    public static IReadOnlyList<ScoredPair> WithRunnersUp(IReadOnlyList<ScoredPair> kept, IReadOnlyList<ScoredPair> candidates, int leftCount, int rightCount, double ambiguityMarginBits)
    {
        Preconditions.CheckNotNull(kept, nameof(kept));
        Preconditions.CheckNotNull(candidates, nameof(candidates));
        // The best review pair of each record, which records are matched, and which are put out at all.
        var leftReview = new double[leftCount];
        var rightReview = new double[rightCount];
        Array.Fill(leftReview, double.NaN);
        Array.Fill(rightReview, double.NaN);
        var leftMatched = new bool[leftCount];
        var rightMatched = new bool[rightCount];
        var present = new HashSet<(int, int)>();
        var leftPaired = new bool[leftCount];
        var rightPaired = new bool[rightCount];
        foreach (var p in kept)
        {
            present.Add((p.Left, p.Right));
            leftPaired[p.Left] = rightPaired[p.Right] = true;
            if (p.Decision == Decision.Match)
            {
                leftMatched[p.Left] = rightMatched[p.Right] = true;
            }
            else if (p.Decision == Decision.Review)
            {
                leftReview[p.Left] = double.IsNaN(leftReview[p.Left]) ? p.Weight : Math.Max(leftReview[p.Left], p.Weight);
                rightReview[p.Right] = double.IsNaN(rightReview[p.Right]) ? p.Weight : Math.Max(rightReview[p.Right], p.Weight);
            }
        }
        var all = new List<ScoredPair>(kept);
        foreach (var c in candidates)
        {
            if (c.Decision == Decision.NoMatch || leftMatched[c.Left] || rightMatched[c.Right] || present.Contains((c.Left, c.Right)))
            {
                continue;
            }
            // NaN compares false: a record with no review pair has no close call to share. A pair between two records
            // that each have a close call of their own within the margin of it is the same question as those calls
            // (two namesakes on each side, which is which): it joins their items instead of lengthening the queue.
            var nearLeft = c.Weight > leftReview[c.Left] - ambiguityMarginBits;
            var nearRight = c.Weight > rightReview[c.Right] - ambiguityMarginBits;
            if ((nearLeft && (!rightPaired[c.Right] || nearRight)) || (nearRight && !leftPaired[c.Left]))
            {
                present.Add((c.Left, c.Right));
                all.Add(c with { Decision = Decision.Review, Hold = Hold.Rival });
            }
        }
        all.Sort(static (a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));
        return all;
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
