using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

/// <summary>
/// What a reconciliation found: the one-to-one pairs decided <see cref="Decision.Match"/> or
/// <see cref="Decision.Review"/>, the records left unmatched on each side, how many candidate pairs blocking
/// produced, the distribution of their match weights, and the weights used — enough to explain every
/// decision field by field (<see cref="Evidence"/>). Immutable.
/// </summary>
public sealed class ReconciliationResult
{
    internal ReconciliationResult(
        IReadOnlyList<PreparedRecord> left,
        IReadOnlyList<PreparedRecord> right,
        IReadOnlyList<ScoredPair> pairs,
        long candidatePairs,
        int oversizedBlocks,
        ScoreHistogram histogram,
        MatchWeights weights,
        TermFrequencies frequencies,
        Thresholds thresholds)
    {
        Left = left;
        Right = right;
        Pairs = pairs;
        CandidatePairs = candidatePairs;
        OversizedBlocks = oversizedBlocks;
        Histogram = histogram;
        Weights = weights;
        Frequencies = frequencies;
        Thresholds = thresholds;
        var leftPaired = new bool[left.Count];
        var rightPaired = new bool[right.Count];
        foreach (var p in pairs)
        {
            leftPaired[p.Left] = true;
            rightPaired[p.Right] = true;
        }
        UnmatchedLeft = [.. Enumerable.Range(0, left.Count).Where(i => !leftPaired[i])];
        UnmatchedRight = [.. Enumerable.Range(0, right.Count).Where(i => !rightPaired[i])];
    }

    /// <summary>The left list, prepared.</summary>
    public IReadOnlyList<PreparedRecord> Left { get; }

    /// <summary>The right list, prepared (for duplicates within one list, the same list as <see cref="Left"/>).</summary>
    public IReadOnlyList<PreparedRecord> Right { get; }

    /// <summary>Pairs decided match or review, in left order.</summary>
    public IReadOnlyList<ScoredPair> Pairs { get; }

    /// <summary>Left records in no pair, by index.</summary>
    public IReadOnlyList<int> UnmatchedLeft { get; }

    /// <summary>Right records in no pair, by index.</summary>
    public IReadOnlyList<int> UnmatchedRight { get; }

    /// <summary>How many pairs blocking put forward for scoring (compare with left × right).</summary>
    public long CandidatePairs { get; }

    /// <summary>Blocks left out for size (see <see cref="Blocking.CandidateIndex.MaxBlockSize"/>).</summary>
    public int OversizedBlocks { get; }

    /// <summary>The match weights of all candidate pairs.</summary>
    public ScoreHistogram Histogram { get; }

    /// <summary>The weights the decisions used.</summary>
    public MatchWeights Weights { get; }

    /// <summary>The weights of the second assignment round (the records the first left unmatched), per
    /// <see cref="DateStratum"/>, if there was one.</summary>
    public IReadOnlyList<MatchWeights>? ResidualWeights { get; init; }

    /// <summary>The term frequencies of the second assignment round, if there was one.</summary>
    public TermFrequencies? ResidualFrequencies { get; init; }

    /// <summary>The weights that decided <paramref name="pair"/>.</summary>
    public MatchWeights WeightsOf(ScoredPair pair) => pair.Round == 2 && ResidualWeights is not null
        ? ResidualWeights[(int)DateStrata.Of(Left[pair.Left], Right[pair.Right])]
        : Weights;

    /// <summary>What the reconciliation noticed about the left list (unreadable names, missing dates, people listed twice).</summary>
    public ListAccount LeftAccount { get; init; } = ListAccounts.Empty;

    /// <summary>What the reconciliation noticed about the right list.</summary>
    public ListAccount RightAccount { get; init; } = ListAccounts.Empty;

    /// <summary>Sentences for a person about either list, if it could do little with one (empty if all is well).</summary>
    public IReadOnlyList<string> Warnings => [.. LeftAccount.Warnings("left"), .. RightAccount.Warnings("right")];

    /// <summary>The term-frequency adjustments the decisions used.</summary>
    public TermFrequencies Frequencies { get; }

    /// <summary>The thresholds the decisions used.</summary>
    public Thresholds Thresholds { get; }

    /// <summary>How many pairs have <paramref name="decision"/>.</summary>
    public int Count(Decision decision) => Pairs.Count(p => p.Decision == decision);

    /// <summary>The evidence for <paramref name="pair"/>, field by field.</summary>
    public IReadOnlyList<FieldEvidence> Evidence(ScoredPair pair) =>
        Reconciliation.Evidence.Of(
            Left[pair.Left],
            Right[pair.Right],
            pair.Vector,
            WeightsOf(pair),
            pair.Round == 2 && ResidualFrequencies is not null ? ResidualFrequencies : Frequencies);
}
