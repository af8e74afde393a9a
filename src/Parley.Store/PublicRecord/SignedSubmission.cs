using Parley.Core.Commands;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;

namespace Parley.Store.PublicRecord;

/// <summary>
/// A signed submission as it reaches the store (an apply-file line written by <c>parley sign</c>,
/// docs/public-record.md §8): the decided command, and the salt and signature that only the store handles. The store
/// checks the signature against the officer's registered key before anything is decided.
/// </summary>
public sealed record SignedSubmission(SubmitSigned Submission, byte[] Salt, LeafSignature Signature) : Command
{
    /// <summary>The "command" of a signed submission's apply-file line.</summary>
    public static readonly string CommandName = Core.Wire.WireTypes.NameOf<SubmitSigned>();

    public override string Name => Submission.Name;

    /// <summary>The statement the officer signed, rebuilt from the submission.</summary>
    public Submission Statement() =>
        new(Submission.Exchange, Submission.Party, Submission.Officer, Submission.Counter, Submission.Inner.Name,
            Commitment.Compute(Salt, System.Text.Encoding.UTF8.GetBytes(Submission.Text)), Submission.Origin, Submission.NotAfter?.ToDateTimeOffset());

    /// <summary>
    /// Rejects the submission (nothing is appended) unless it is a <c>parley-submission/v2</c> for this log
    /// (<paramref name="origin"/>), its officer is registered and the signature verifies with the officer's current key.
    /// Whether the key is revoked and the submission expired is the decider's (<c>officer-key-revoked</c>,
    /// <c>submission-expiry</c>).
    /// </summary>
    /// <exception cref="InvalidFieldException">A v1 submission, another log's, an unknown officer, an unreadable key, or a signature that does not verify.</exception>
    public void CheckSignature(ParleyState state, string origin)
    {
        if (Submission.Origin is not { } signedFor)
        {
            throw new InvalidFieldException("origin", null,
                "this is a parley-submission/v1, which binds neither the log nor a time limit; new submissions must be parley-submission/v2: sign it again with 'parley sign --origin'");
        }
        if (signedFor != origin)
        {
            throw new InvalidFieldException("origin", signedFor, $"the submission was signed for the log '{signedFor}', but this log is '{origin}': it cannot be recorded here");
        }
        var officer = state.Officers.GetValueOrDefault(Submission.Officer)
            ?? throw new InvalidFieldException("officer", Submission.Officer, "the officer is not registered, so the signature cannot be checked");
        NoteVerifier key;
        try
        {
            key = NoteVerifier.Parse(officer.Key);
        }
        catch (LedgerException e)
        {
            throw new InvalidFieldException("officer", Submission.Officer, $"the officer's registered key is not valid: {e.Message}");
        }
        if (Signature.KeyId != key.KeyId)
        {
            throw new InvalidFieldException("signature", null,
                $"the submission is signed with key ID {Signature.KeyId:x8}, but officer '{Submission.Officer}''s current key is {key.KeyId:x8} (an old key rotated out, or another key)");
        }
        bool valid;
        try
        {
            valid = Statement().Verify(key, Signature);
        }
        catch (ArgumentException e)
        {
            throw new InvalidFieldException("submission", null, e.Message);
        }
        if (!valid)
        {
            throw new InvalidFieldException("signature", null, $"the signature does not verify with officer '{Submission.Officer}''s key over this submission (forged, altered or moved)");
        }
    }
}
