namespace Parley.Ledger.Merkle;

/// <summary>
/// A consistency proof was asked between sizes that do not allow one: RFC 9162 §2.1.4 needs
/// 0 &lt; old size ≤ new size.
/// </summary>
public sealed class InvalidTreeSizesException : LedgerException
{
    public InvalidTreeSizesException(long oldSize, long newSize)
        : base($"a consistency proof needs 0 < old size <= new size; got old size {oldSize} and new size {newSize}.")
    {
        OldSize = oldSize;
        NewSize = newSize;
    }

    public long OldSize { get; }

    public long NewSize { get; }
}
