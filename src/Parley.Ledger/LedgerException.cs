namespace Parley.Ledger;

/// <summary>
/// Base of every exception Parley.Ledger throws about data (malformed notes, keys, tiles, proofs, or a
/// hash store that cannot answer). Callers such as the CLI catch this type to print a clear message.
/// Argument mistakes by the programmer are reported with the standard <see cref="ArgumentException"/> family.
/// </summary>
public abstract class LedgerException : Exception
{
    protected LedgerException(string message) : base(message)
    {
    }

    protected LedgerException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
