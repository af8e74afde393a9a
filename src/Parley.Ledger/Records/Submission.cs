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
/// each line ending in "\n", signed with Ed25519 (the officer's signed-note key, type 0x01). Version 2 (<see cref="HeaderV2"/>)
/// also binds the log and a time limit, so a submission cannot be replayed into another log nor held back and used
/// later:
/// <code>
/// parley-submission/v2
/// origin &lt;the log's origin, its checkpoints' first line&gt;
/// exchange … party … officer … counter … command … (as in v1)
/// not-after &lt;UTC time, yyyy-MM-ddTHH:mm:ssZ&gt;
/// commitment &lt;base64&gt;
/// </code>
/// New submissions are v2; v1 is still verified for the entries that carry it. Everything in the message is in the public
/// leaf of the submission, so anyone can check the signature from the leaf alone. Immutable.
/// </summary>
public sealed record Submission
{
    /// <summary>The first line of a version 1 signed message (no origin, no time limit).</summary>
    public const string Header = "parley-submission/v1";

    /// <summary>The first line of a version 2 signed message (bound to a log origin and a not-after time).</summary>
    public const string HeaderV2 = "parley-submission/v2";

    /// <summary>A version 1 submission.</summary>
    public Submission(string exchange, string party, string officer, long counter, string command, Hash commitment)
        : this(exchange, party, officer, counter, command, commitment, null, null)
    {
    }

    /// <summary>A version 2 submission when <paramref name="origin"/> and <paramref name="notAfter"/> are given (both or neither).</summary>
    public Submission(string exchange, string party, string officer, long counter, string command, Hash commitment, string? origin, DateTimeOffset? notAfter)
    {
        Preconditions.CheckArgument((origin is null) == (notAfter is null), nameof(origin), "a version 2 submission has both an origin and a not-after time; version 1 has neither.");
        Origin = origin is null ? null : CheckField(origin, nameof(origin));
        NotAfter = notAfter is { } time ? DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds()) : null;
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

    /// <summary>The log the submission is for (version 2); null in version 1.</summary>
    public string? Origin { get; }

    /// <summary>The last moment the submission may be accepted, to the second, UTC (version 2); null in version 1.</summary>
    public DateTimeOffset? NotAfter { get; }

    /// <summary>The exact text that is signed.</summary>
    public string SignedMessage()
    {
        var fields = $"exchange {Exchange}\nparty {Party}\nofficer {Officer}\ncounter {Counter.ToString(CultureInfo.InvariantCulture)}\ncommand {Command}\n";
        return Origin is null
            ? $"{Header}\n{fields}commitment {Commitment.ToBase64()}\n"
            : $"{HeaderV2}\norigin {Origin}\n{fields}not-after {FormatTime(NotAfter!.Value)}\ncommitment {Commitment.ToBase64()}\n";
    }

    /// <summary>A not-after time as it is signed: UTC, to the second (RFC 3339, <c>yyyy-MM-ddTHH:mm:ssZ</c>).</summary>
    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

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
