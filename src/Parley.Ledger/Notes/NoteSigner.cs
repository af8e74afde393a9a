using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Parley.Ledger.Notes;

/// <summary>
/// A private Ed25519 key that signs notes (type 0x01) or cosigns checkpoints (type 0x04). Its text form is
/// the private key of golang.org/x/mod/sumdb/note: <c>PRIVATE+KEY+name+hex8(keyID)+base64(type || seed)</c>,
/// where seed is the 32-byte RFC 8032 private key. Dispose it to clear the key from memory.
/// </summary>
public sealed class NoteSigner : IDisposable
{
    private const string PrivatePrefix = "PRIVATE+KEY+";
    private readonly byte[] _seed;
    private readonly Key _key;

    private NoteSigner(string name, SignatureType type, ReadOnlySpan<byte> seed)
    {
        KeyNames.Validate(name);
        if (seed.Length != 32)
        {
            throw new KeyFormatException($"an Ed25519 private key (seed) is 32 bytes; got {seed.Length}.");
        }
        _seed = seed.ToArray();
        _key = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey);
        Verifier = new NoteVerifier(name, type, _key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>A signer from a 32-byte seed.</summary>
    public static NoteSigner FromSeed(string name, ReadOnlySpan<byte> seed, SignatureType type = SignatureType.Ed25519) =>
        new(name, type, seed);

    /// <summary>A signer with a fresh random key.</summary>
    public static NoteSigner Generate(string name, SignatureType type = SignatureType.Ed25519)
    {
        Span<byte> seed = stackalloc byte[32];
        RandomNumberGenerator.Fill(seed);
        try
        {
            return new NoteSigner(name, type, seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>Parses <c>PRIVATE+KEY+name+hex8+base64(type||seed)</c>; the key ID must match.</summary>
    /// <exception cref="KeyFormatException">The text is malformed or its key ID does not match.</exception>
    public static NoteSigner Parse(string privateKey)
    {
        Preconditions.CheckNotNull(privateKey, nameof(privateKey));
        if (!privateKey.StartsWith(PrivatePrefix, StringComparison.Ordinal))
        {
            throw new KeyFormatException("a private key starts with \"PRIVATE+KEY+\".");
        }
        var parts = privateKey[PrivatePrefix.Length..].Split('+', 3);
        if (parts.Length != 3)
        {
            throw new KeyFormatException($"a private key has the form PRIVATE+KEY+name+keyid+key; got {parts.Length} parts after the prefix.");
        }
        var (type, seed, keyId) = NoteVerifier.ParseCommon(parts[0], parts[1], parts[2], "private key");
        try
        {
            var signer = new NoteSigner(parts[0], type, seed);
            if (signer.KeyId != keyId)
            {
                signer.Dispose();
                throw new KeyFormatException($"private key \"{parts[0]}\" claims key ID {keyId:x8} but its key has ID {signer.KeyId:x8}.");
            }
            return signer;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    public string Name => Verifier.Name;

    public SignatureType Type => Verifier.Type;

    public uint KeyId => Verifier.KeyId;

    /// <summary>The matching public verifier.</summary>
    public NoteVerifier Verifier { get; }

    /// <summary>The private key text. Handle with care: anyone holding it can sign as this key.</summary>
    public string FormatPrivateKey() => $"{PrivatePrefix}{Name}+{KeyId:x8}+{Convert.ToBase64String([(byte)Type, .. _seed])}";

    /// <summary>Never prints the private key; see <see cref="FormatPrivateKey"/>.</summary>
    public override string ToString() => $"signer {Verifier.VerifierKey}";

    /// <summary>Signs the note text with Ed25519 (type 0x01 signers only).</summary>
    public NoteSignature Sign(string noteText)
    {
        Preconditions.CheckNotNull(noteText, nameof(noteText));
        if (Type != SignatureType.Ed25519)
        {
            throw new InvalidOperationException($"signer \"{Name}\" is a cosigner (type 0x04); use Cosign with a timestamp.");
        }
        Note.ValidateText(noteText);
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(noteText));
        return new NoteSignature(Name, KeyId, signature);
    }

    /// <summary>
    /// Cosigns a checkpoint's note text as of <paramref name="timestamp"/> (POSIX seconds), per
    /// c2sp.org/tlog-cosignature (type 0x04 signers only).
    /// </summary>
    public NoteSignature Cosign(string checkpointText, long timestamp)
    {
        Preconditions.CheckNotNull(checkpointText, nameof(checkpointText));
        Preconditions.CheckNonNegative(timestamp, nameof(timestamp));
        if (Type != SignatureType.Cosignature)
        {
            throw new InvalidOperationException($"signer \"{Name}\" is a note signer (type 0x01); cosignatures need a type 0x04 key.");
        }
        Note.ValidateText(checkpointText);
        var message = Encoding.UTF8.GetBytes(CosignatureV1.SignedMessage(checkpointText, timestamp));
        var signature = new byte[72];
        BinaryPrimitives.WriteUInt64BigEndian(signature, (ulong)timestamp);
        SignatureAlgorithm.Ed25519.Sign(_key, message, signature.AsSpan(8));
        return new NoteSignature(Name, KeyId, signature);
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_seed);
        _key.Dispose();
    }
}
