namespace Parley.Ledger.Merkle;

/// <summary>A leaf index was asked of a tree too small to hold it.</summary>
public sealed class IndexOutsideTreeException : LedgerException
{
    public IndexOutsideTreeException(long index, long treeSize)
        : base($"index {index} is outside a tree of size {treeSize}; ask for an index below {treeSize} or a larger tree.")
    {
        Index = index;
        TreeSize = treeSize;
    }

    public long Index { get; }

    public long TreeSize { get; }
}
