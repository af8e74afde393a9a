using Parley.Ledger.Merkle;

namespace Parley.Store.PublicRecord;

/// <summary>
/// An event's private part with the salt of its commitment: what <c>parley reveal</c> prints for those entitled, and
/// what anyone can check against the commitment in the public leaf. Immutable.
/// </summary>
public sealed record RevealedPart(long Sequence, string Type, byte[] Private, byte[] Salt, Hash Commitment)
{
    /// <summary>True when the salt and the private bytes give the commitment.</summary>
    public bool Matches => Ledger.Records.Commitment.Matches(Commitment, Salt, Private);
}
