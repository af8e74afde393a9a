namespace Parley.Ledger.Notes;

/// <summary>
/// A signed note is not accepted: no signature by a trusted key verified, or a signature by a trusted key
/// failed (then <see cref="KeyName"/> names it).
/// </summary>
public sealed class NoteVerificationException : LedgerException
{
    public NoteVerificationException(string problem, string? keyName = null) : base(problem)
    {
        KeyName = keyName;
    }

    public string? KeyName { get; }
}
