namespace Parley.Ledger.Merkle;

/// <summary>The hash of the complete subtree <see cref="Node"/>: what a hash store keeps. Immutable.</summary>
public readonly record struct SubtreeHash(NodeId Node, Hash Hash)
{
    public int Level => Node.Level;

    public long Index => Node.Index;
}
