namespace Parley.Ledger.Notes;

/// <summary>
/// Signature type identifier bytes of the C2SP signed-note registry (https://c2sp.org/signed-note#signature-types)
/// that Parley supports.
/// </summary>
public enum SignatureType : byte
{
    /// <summary>0x01: Ed25519 over the note text (c2sp.org/signed-note).</summary>
    Ed25519 = 0x01,

    /// <summary>0x04: timestamped Ed25519 witness cosignature, cosignature/v1 (c2sp.org/tlog-cosignature).</summary>
    Cosignature = 0x04,
}
