namespace Parley.Ledger.Merkle;

/// <summary>
/// A hash store was asked for a complete subtree it does not hold — usually because the tree size asked
/// for is larger than what has been stored.
/// </summary>
public sealed class MissingSubtreeHashException : LedgerException
{
    public MissingSubtreeHashException(NodeId node, string? detail = null)
        : base($"no hash is stored for the subtree at {node}{(detail is null ? "" : "; " + detail)}; ask for a tree size the store has reached.")
    {
        Node = node;
    }

    public NodeId Node { get; }
}
