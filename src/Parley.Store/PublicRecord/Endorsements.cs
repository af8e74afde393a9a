using Parley.Core.Commands;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;

namespace Parley.Store.PublicRecord;

/// <summary>
/// The store's check of a party's endorsement on an officer's registration or key rotation (docs/public-record.md §8),
/// before anything is decided: the signature is checked here, at the edge that has the log's origin and the crypto;
/// whether one is required is the decider's (<c>officer-endorsement</c>).
/// </summary>
internal static class Endorsements
{
    /// <exception cref="InvalidFieldException">An endorsement that does not verify with the party's recorded key.</exception>
    public static void Check(ParleyState state, Command command, string origin)
    {
        var (party, key, endorsement) = command switch
        {
            RegisterOfficer { Endorsement: { } e } r => (r.Party, r.Key, e),
            RotateOfficerKey { Endorsement: { } e } r when state.Officers.GetValueOrDefault(r.Officer) is { } officer => (officer.Party, r.Key, e),
            _ => (null, null, null),
        };
        // No party key: the decider refuses the endorsement with its own message.
        if (endorsement is null || state.PartyKeys.GetValueOrDefault(party!) is not { } partyKey)
        {
            return;
        }
        NoteVerifier verifier;
        try
        {
            verifier = NoteVerifier.Parse(partyKey);
        }
        catch (LedgerException e)
        {
            throw new InvalidFieldException("endorsement", null, $"party '{party}''s recorded key is not valid: {e.Message}");
        }
        bool valid;
        try
        {
            valid = OfficerEndorsement.Verify(verifier, endorsement, origin, party!, key!);
        }
        catch (ArgumentException e)
        {
            throw new InvalidFieldException("endorsement", null, e.Message);
        }
        if (!valid)
        {
            throw new InvalidFieldException("endorsement", null,
                $"the endorsement does not verify with party '{party}''s key ({verifier.Name}) over this key on this log '{origin}' (forged, for another key or party, or made for another log)");
        }
    }
}
