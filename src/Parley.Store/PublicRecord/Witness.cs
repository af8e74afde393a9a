using Parley.Ledger.Notes;

namespace Parley.Store.PublicRecord;

/// <summary>
/// A witness the log knows: a party's cosignature/v1 key (type 0x04, https://c2sp.org/tlog-cosignature) registered in
/// the log like an officer's key (<c>officer.registered</c> with a witness key). <see cref="RegisteredAt"/> is the
/// sequence number of that event: every checkpoint of at least that size must carry this witness's cosignature before
/// it is published as the log's <c>checkpoint</c> (docs/public-record.md §5), until the witness is retired by an
/// <c>officer.key-revoked</c> event (<see cref="RetiredAt"/>): checkpoints of at least that size no longer wait for it,
/// so a witness that has gone silent cannot freeze the published checkpoint. Immutable.
/// </summary>
public sealed record Witness(NoteVerifier Key, string Party, long RegisteredAt, long? RetiredAt = null)
{
    /// <summary>Whether a checkpoint of <paramref name="size"/> entries needs this witness's cosignature to be published.</summary>
    public bool Required(long size) => RegisteredAt <= size && (RetiredAt is not { } retired || size < retired);

    /// <summary>Whether <paramref name="signature"/> is a line of this witness's key (same name and key ID).</summary>
    public bool Signed(NoteSignature signature) => signature.Name == Key.Name && signature.KeyId == Key.KeyId;
}
