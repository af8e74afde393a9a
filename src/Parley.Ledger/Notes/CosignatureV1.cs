using System.Globalization;

namespace Parley.Ledger.Notes;

/// <summary>
/// The Ed25519 cosignature/v1 of C2SP tlog-cosignature (https://c2sp.org/tlog-cosignature). A cosigner
/// key uses signature type 0x04 (so its key ID is SHA-256(name || 0x0A || 0x04 || key)[:4]); the signature
/// is timestamp(8, big-endian) || Ed25519 signature(64) over
/// <c>"cosignature/v1\ntime &lt;timestamp&gt;\n" || checkpoint note text</c>.
/// Produce one with <see cref="NoteSigner.Cosign"/>; verify with <see cref="Note.Verify"/> given a type 0x04 verifier.
/// </summary>
public static class CosignatureV1
{
    /// <summary>The message a cosigner signs for <paramref name="checkpointText"/> at <paramref name="timestamp"/>.</summary>
    public static string SignedMessage(string checkpointText, long timestamp)
    {
        Preconditions.CheckNotNull(checkpointText, nameof(checkpointText));
        Preconditions.CheckNonNegative(timestamp, nameof(timestamp));
        return "cosignature/v1\ntime " + timestamp.ToString(CultureInfo.InvariantCulture) + "\n" + checkpointText;
    }

    /// <summary>Cosigns the checkpoint note with <paramref name="cosigner"/>; returns the note with the cosignature added.</summary>
    public static Note Cosign(Note checkpointNote, NoteSigner cosigner, DateTimeOffset time)
    {
        Preconditions.CheckNotNull(checkpointNote, nameof(checkpointNote));
        Preconditions.CheckNotNull(cosigner, nameof(cosigner));
        return checkpointNote.WithSignature(cosigner.Cosign(checkpointNote.Text, time.ToUnixTimeSeconds()));
    }
}
