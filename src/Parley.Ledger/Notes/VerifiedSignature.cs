namespace Parley.Ledger.Notes;

/// <summary>A signature on a note that verified against a trusted key; <see cref="Timestamp"/> is set for cosignatures.</summary>
public sealed record VerifiedSignature(NoteVerifier Verifier, NoteSignature Signature, long? Timestamp);
