namespace Parley.Ledger.Records;

/// <summary>Leaf data that is not a valid Parley leaf (docs/public-record.md §7); says which byte and why.</summary>
public sealed class LeafFormatException : LedgerException
{
    public LeafFormatException(int offset, string problem)
        : base($"leaf data, byte {offset}: {problem}.")
    {
        Offset = offset;
        Problem = problem;
    }

    public int Offset { get; }

    public string Problem { get; }
}
