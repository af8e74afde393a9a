using System.Globalization;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Records;

/// <summary>
/// What a party officer signs when submitting (a roster, an amendment, a confirmation of release or receipt):
/// it binds the exchange, the party, the officer's key name, a counter that must rise with every submission of that
/// key, the command's name and the salted commitment to the command's full text (which may hold personal data and so
/// is not public). The signed message is UTF-8 text (docs/public-record.md §8):
/// <code>
/// parley-submission/v1
/// exchange &lt;exchange id&gt;
/// party &lt;party code&gt;
/// officer &lt;key name&gt;
/// counter &lt;decimal, no leading zeros, ≥ 1&gt;
/// command &lt;command name&gt;
/// commitment &lt;base64 of the 32-byte commitment&gt;
/// </code>
/// each line ending in "\n", signed with Ed25519 (the officer's signed-note key, type 0x01). Everything in it is in
/// the public leaf of the submission, so anyone can check the signature from the leaf alone. Immutable.
/// </summary>
public sealed record Submission
{
    /// <summary>The first line of the signed message.</summary>
    public const string Header = "parley-submission/v1";

    public Submission(string exchange, string party, string officer, long counter, string command, Hash commitment)
    {
        Exchange = CheckField(exchange, nameof(exchange));
        Party = CheckField(party, nameof(party));
        KeyNames.Validate(officer);
        Officer = officer;
        Counter = Preconditions.CheckRange(counter, 1, long.MaxValue, nameof(counter));
        Command = CheckField(command, nameof(command));
        Commitment = commitment;
    }

    public string Exchange { get; }

    public string Party { get; }

    /// <summary>The officer's key name (the name in the officer's verifier key).</summary>
    public string Officer { get; }

    public long Counter { get; }

    public string Command { get; }

    public Hash Commitment { get; }

    /// <summary>The exact text that is signed.</summary>
    public string SignedMessage() =>
        $"{Header}\nexchange {Exchange}\nparty {Party}\nofficer {Officer}\ncounter {Counter.ToString(CultureInfo.InvariantCulture)}\ncommand {Command}\ncommitment {Commitment.ToBase64()}\n";

    /// <summary>Signs the message with the officer's key; the signer's name must be <see cref="Officer"/>.</summary>
    public LeafSignature Sign(NoteSigner officer)
    {
        Preconditions.CheckNotNull(officer, nameof(officer));
        Preconditions.CheckArgument(officer.Name == Officer, nameof(officer), $"the submission names officer \"{Officer}\" but the key is \"{officer.Name}\".");
        var signature = officer.Sign(SignedMessage());
        return new LeafSignature(signature.KeyId, signature.Signature);
    }

    /// <summary>True when <paramref name="signature"/> is <paramref name="officer"/>'s valid signature of this submission.</summary>
    public bool Verify(NoteVerifier officer, LeafSignature signature)
    {
        Preconditions.CheckNotNull(officer, nameof(officer));
        Preconditions.CheckNotNull(signature, nameof(signature));
        return officer.Type == SignatureType.Ed25519 && officer.Name == Officer && officer.KeyId == signature.KeyId
            && officer.Verify(SignedMessage(), signature.Signature, out _);
    }

    private static string CheckField(string value, string name)
    {
        Preconditions.CheckNotNull(value, name);
        Preconditions.CheckArgument(value.Length > 0 && !value.Any(char.IsControl), name, $"{name} must be non-empty and contain no control characters or newlines.");
        return value;
    }
}
