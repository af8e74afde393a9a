using System.Buffers.Binary;
using System.Text;

namespace Parley.Ledger.Notes;

/// <summary>
/// A C2SP signed note (https://c2sp.org/signed-note): a text ending in a newline, a blank line, then one
/// or more signature lines <c>— name base64(keyID || signature)</c>. The whole note is UTF-8 with no
/// control characters but newline. Parsing is strict and errors name the line. Immutable.
/// </summary>
public sealed class Note
{
    /// <summary>The most signature lines accepted (the spec requires at least 16).</summary>
    public const int MaxSignatures = 100;

    private const string SignaturePrefix = "\u2014 ";

    public Note(string text, IEnumerable<NoteSignature>? signatures = null)
    {
        ValidateText(text);
        Text = text;
        Signatures = signatures is null ? [] : [.. signatures];
    }

    /// <summary>The signed text, including its final newline.</summary>
    public string Text { get; }

    public IReadOnlyList<NoteSignature> Signatures { get; }

    /// <summary>Signs <paramref name="text"/> with every signer in turn (Ed25519 signers).</summary>
    public static Note Sign(string text, params NoteSigner[] signers)
    {
        Preconditions.CheckNotNull(signers, nameof(signers));
        var note = new Note(text);
        foreach (var signer in signers)
        {
            note = note.WithSignature(signer.Sign(text));
        }
        return note;
    }

    /// <summary>A new note with <paramref name="signature"/> appended.</summary>
    public Note WithSignature(NoteSignature signature)
    {
        Preconditions.CheckNotNull(signature, nameof(signature));
        return new Note(Text, [.. Signatures, signature]);
    }

    /// <summary>The note as text: text, blank line, signature lines, each ending in a newline.</summary>
    public string Format()
    {
        if (Signatures.Count == 0)
        {
            throw new InvalidOperationException("a signed note needs at least one signature; sign it before formatting it.");
        }
        var builder = new StringBuilder(Text).Append('\n');
        foreach (var signature in Signatures)
        {
            builder.Append(signature.ToLine()).Append('\n');
        }
        return builder.ToString();
    }

    public override string ToString() => Signatures.Count == 0 ? Text : Format();

    /// <summary>Parses a signed note from UTF-8 bytes.</summary>
    /// <exception cref="NoteFormatException">The bytes are not a well-formed signed note.</exception>
    public static Note Parse(ReadOnlySpan<byte> utf8)
    {
        string text;
        try
        {
            text = Utf8.Strict.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            var valid = utf8[..IndexOfInvalidUtf8(utf8)];
            throw new NoteFormatException(valid.Count((byte)'\n') + 1, "is not valid UTF-8");
        }
        return Parse(text);
    }

    /// <summary>Parses a signed note.</summary>
    /// <exception cref="NoteFormatException">The text is not a well-formed signed note.</exception>
    public static Note Parse(string note)
    {
        Preconditions.CheckNotNull(note, nameof(note));
        CheckCharacters(note);
        if (note.Length == 0 || note[^1] != '\n')
        {
            throw new NoteFormatException(CountLines(note), "the note must end with a newline");
        }
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new NoteFormatException(0, "no blank line separates the text from the signature lines");
        }
        var text = note[..(split + 1)];
        var lineNumber = CountLines(text) + 2;
        var signatureBlock = note[(split + 2)..];
        if (signatureBlock.Length == 0)
        {
            throw new NoteFormatException(lineNumber, "the note has no signature lines after the blank line");
        }
        var lines = signatureBlock[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            throw new NoteFormatException(lineNumber + MaxSignatures, $"the note has {lines.Length} signatures, more than the {MaxSignatures} accepted");
        }
        var signatures = new List<NoteSignature>(lines.Length);
        foreach (var line in lines)
        {
            signatures.Add(ParseSignatureLine(line, lineNumber));
            lineNumber++;
        }
        return new Note(text, signatures);
    }

    /// <summary>
    /// Verifies the note against trusted keys. Signatures from unknown keys (name and key ID not both
    /// matching a trusted key) are ignored; a signature from a trusted key must verify; at least one must.
    /// </summary>
    /// <exception cref="NoteVerificationException">A trusted signature fails, or none is present.</exception>
    public IReadOnlyList<VerifiedSignature> Verify(IEnumerable<NoteVerifier> trusted)
    {
        Preconditions.CheckNotNull(trusted, nameof(trusted));
        var verifiers = trusted.ToList();
        var verified = new List<VerifiedSignature>();
        foreach (var signature in Signatures)
        {
            var verifier = verifiers.FirstOrDefault(v => v.Name == signature.Name && v.KeyId == signature.KeyId);
            if (verifier is null)
            {
                continue;
            }
            if (!verifier.Verify(Text, signature.SignatureSpan, out var timestamp))
            {
                throw new NoteVerificationException(
                    $"the signature by trusted key \"{signature.Name}\" (key ID {signature.KeyId:x8}) does not verify; the note was altered or signed by another key.",
                    signature.Name);
            }
            verified.Add(new VerifiedSignature(verifier, signature, timestamp));
        }
        if (verified.Count == 0)
        {
            var present = Signatures.Count == 0 ? "none" : string.Join(", ", Signatures.Select(s => $"{s.Name} {s.KeyId:x8}"));
            var known = verifiers.Count == 0 ? "none" : string.Join(", ", verifiers.Select(v => $"{v.Name} {v.KeyId:x8}"));
            throw new NoteVerificationException($"the note has no signature by a trusted key (signed by: {present}; trusted: {known}).");
        }
        return verified;
    }

    /// <summary>Checks a note text: valid UTF-8, ends in a newline, no control characters but newline.</summary>
    /// <exception cref="NoteFormatException">The text breaks one of those rules.</exception>
    internal static void ValidateText(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        CheckCharacters(text);
        if (text.Length == 0 || text[^1] != '\n')
        {
            throw new NoteFormatException(CountLines(text), "the note text must end with a newline");
        }
    }

    private static NoteSignature ParseSignatureLine(string line, int lineNumber)
    {
        if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal))
        {
            throw new NoteFormatException(lineNumber, "a signature line must start with an em dash (U+2014) and a space");
        }
        var rest = line[SignaturePrefix.Length..];
        var space = rest.IndexOf(' ');
        if (space <= 0 || space == rest.Length - 1)
        {
            throw new NoteFormatException(lineNumber, "a signature line must be \"— <key name> <base64 signature>\"");
        }
        var name = rest[..space];
        var base64 = rest[(space + 1)..];
        if (!KeyNames.IsValid(name))
        {
            throw new NoteFormatException(lineNumber, $"\"{name}\" is not a valid key name (non-empty, no spaces, no '+')");
        }
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new NoteFormatException(lineNumber, $"the signature of \"{name}\" is not valid base64");
        }
        if (blob.Length < 5 || Convert.ToBase64String(blob) != base64)
        {
            throw new NoteFormatException(lineNumber, blob.Length < 5
                ? $"the signature of \"{name}\" is {blob.Length} bytes; it needs a 4-byte key ID and at least one signature byte"
                : $"the signature of \"{name}\" is not in canonical base64");
        }
        return new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(blob), blob.AsSpan(4));
    }

    private static void CheckCharacters(string text)
    {
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }
            else if (c < 0x20 || c == 0x7F)
            {
                throw new NoteFormatException(line, $"contains the control character U+{(int)c:X4}; only newline is allowed");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new NoteFormatException(line, "is not valid UTF-8 (lone surrogate)");
            }
        }
    }

    private static int CountLines(string text) => text.Count(c => c == '\n') + (text.Length > 0 && text[^1] != '\n' ? 1 : 0);

    private static int IndexOfInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(utf8, new char[utf8.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? utf8.Length : read;
    }
}
