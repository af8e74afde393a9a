using System.Data.Common;

namespace Parley.Store;

/// <summary>
/// What the event log calls on every append so that the public record (seals, Merkle tree, checkpoint) is written in
/// the same transaction as the events: a commit is atomic for both.
/// </summary>
internal interface IAppendLedger
{
    /// <summary>
    /// Called inside the transaction before <paramref name="events"/> are inserted from <paramref name="firstSequence"/>
    /// on: starts sealing them (extending the tree, signing a checkpoint) and returns their seals, each of which goes
    /// into its row as it becomes ready.
    /// </summary>
    BatchSeals Seal(DbTransaction transaction, long firstSequence, IReadOnlyList<EventToAppend> events);

    /// <summary>
    /// Called inside the transaction after the events' rows are inserted, before the commit: stores what
    /// <see cref="Seal"/> computed but could not write while the rows went in (tiles, the signed checkpoint).
    /// </summary>
    void BeforeCommit();

    /// <summary>Called once the transaction committed.</summary>
    void Committed();

    /// <summary>Called when the transaction rolled back (or was never begun): tentative state must be dropped.</summary>
    void RolledBack();
}

/// <summary>
/// The public record's columns of an event row: salt and commitment of the private part (null without one), the
/// submitter's key ID and signature (null unless a signed submission), and the RFC 9162 leaf hash.
/// </summary>
internal sealed record EventSeal(byte[]? Salt, byte[]? Commitment, long? KeyId, byte[]? Signature, byte[] LeafHash);
