namespace Parley.Ledger.Notes;

/// <summary>A verifier key, private key or key name text is malformed; the message says which part.</summary>
public sealed class KeyFormatException : LedgerException
{
    public KeyFormatException(string problem) : base(problem)
    {
        Problem = problem;
    }

    public string Problem { get; }
}
