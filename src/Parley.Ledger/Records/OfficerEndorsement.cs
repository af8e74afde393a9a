using System.Buffers.Binary;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Records;

/// <summary>
/// A party's endorsement of an officer's (or a witness's) key: the party's own key (a signed-note key, type 0x01)
/// signs, with Ed25519, the UTF-8 text (docs/public-record.md §8)
/// <code>
/// parley-officer/v1
/// origin &lt;the log's origin&gt;
/// party &lt;party code&gt;
/// key &lt;the officer's verifier key, name+keyid+base64&gt;
/// </code>
/// each line ending in "\n". Bound to the log, so it cannot be replayed into another; the endorsement itself is
/// base64(keyID(4, big-endian) || signature(64)), as in a signed note's signature line. Everything signed is in the public
/// <c>officer.registered</c> (or <c>officer.key-rotated</c>) leaf, so anyone can check it.
/// </summary>
public static class OfficerEndorsement
{
    public const string Header = "parley-officer/v1";

    /// <summary>The text the party's key signs.</summary>
    public static string Text(string origin, string party, string officerKey) =>
        $"{Header}\norigin {Field(origin, nameof(origin))}\nparty {Field(party, nameof(party))}\nkey {Field(officerKey, nameof(officerKey))}\n";

    /// <summary>The endorsement of <paramref name="officerKey"/> for <paramref name="party"/> on the log <paramref name="origin"/>.</summary>
    public static string Sign(NoteSigner partyKey, string origin, string party, string officerKey)
    {
        Preconditions.CheckNotNull(partyKey, nameof(partyKey));
        var signature = partyKey.Sign(Text(origin, party, officerKey));
        var blob = new byte[4 + signature.Signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(blob, signature.KeyId);
        signature.Signature.CopyTo(blob, 4);
        return Convert.ToBase64String(blob);
    }

    /// <summary>Whether <paramref name="endorsement"/> is <paramref name="partyKey"/>'s signature over the text (false for anything unreadable).</summary>
    public static bool Verify(NoteVerifier partyKey, string endorsement, string origin, string party, string officerKey)
    {
        Preconditions.CheckNotNull(partyKey, nameof(partyKey));
        Preconditions.CheckNotNull(endorsement, nameof(endorsement));
        var blob = new byte[(endorsement.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(endorsement, blob, out var length) || length != 4 + 64)
        {
            return false;
        }
        return BinaryPrimitives.ReadUInt32BigEndian(blob) == partyKey.KeyId
            && partyKey.Type == SignatureType.Ed25519
            && partyKey.Verify(Text(origin, party, officerKey), blob.AsSpan(4, 64), out _);
    }

    private static string Field(string value, string name)
    {
        Preconditions.CheckNotNull(value, name);
        Preconditions.CheckArgument(value.Length > 0 && !value.Any(char.IsControl), name, $"{name} must be non-empty and contain no control characters or newlines.");
        return value;
    }
}
