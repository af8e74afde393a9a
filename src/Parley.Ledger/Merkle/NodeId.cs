namespace Parley.Ledger.Merkle;

/// <summary>
/// Names a complete subtree: at <see cref="Level"/> L and <see cref="Index"/> N it covers the leaves
/// [N·2^L, (N+1)·2^L). Level 0 is the leaf hashes themselves. Immutable.
/// </summary>
public readonly record struct NodeId
{
    /// <summary>The highest level a tree of at most 2^63 − 1 leaves can have.</summary>
    public const int MaxLevel = 62;

    public NodeId(int level, long index)
    {
        Preconditions.CheckRange(level, 0, MaxLevel, nameof(level));
        Preconditions.CheckRange(index, 0, (long.MaxValue >> level) - 1, nameof(index));
        Level = level;
        Index = index;
    }

    public int Level { get; }

    public long Index { get; }

    /// <summary>The index of the first leaf covered.</summary>
    public long FirstLeaf => Index << Level;

    /// <summary>One past the index of the last leaf covered.</summary>
    public long EndLeaf => (Index + 1) << Level;

    public override string ToString() => $"level {Level}, index {Index} (leaves {FirstLeaf}..{EndLeaf - 1})";
}
