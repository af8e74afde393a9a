namespace Parley.Ledger.Merkle;

/// <summary>An inclusion or consistency proof did not verify; <see cref="Reason"/> says which check failed.</summary>
public sealed class ProofVerificationException : LedgerException
{
    public ProofVerificationException(string kind, string reason)
        : base($"{kind} proof does not verify: {reason}.")
    {
        Kind = kind;
        Reason = reason;
    }

    /// <summary>"inclusion" or "consistency".</summary>
    public string Kind { get; }

    public string Reason { get; }
}
