using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace Parley.Ledger.Notes;

/// <summary>
/// A trusted public key for signed notes: name, signature type and Ed25519 public key. Its text form is
/// the verifier key of C2SP signed-note / golang.org/x/mod/sumdb/note:
/// <c>name+hex8(keyID)+base64(type || publicKey)</c>. Immutable.
/// </summary>
public sealed class NoteVerifier
{
    private readonly byte[] _publicKey;
    private readonly NSec.Cryptography.PublicKey _key;

    public NoteVerifier(string name, SignatureType type, ReadOnlySpan<byte> publicKey)
    {
        KeyNames.Validate(name);
        if (type is not (SignatureType.Ed25519 or SignatureType.Cosignature))
        {
            throw new KeyFormatException($"signature type 0x{(byte)type:x2} is not supported; Parley uses 0x01 (Ed25519) and 0x04 (cosignature/v1).");
        }
        if (publicKey.Length != 32)
        {
            throw new KeyFormatException($"an Ed25519 public key is 32 bytes; got {publicKey.Length}.");
        }
        if (!NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            throw new KeyFormatException($"the public key of \"{name}\" is not a valid Ed25519 public key.");
        }
        Name = name;
        Type = type;
        _publicKey = publicKey.ToArray();
        _key = key;
        KeyId = KeyNames.KeyId(name, type, publicKey);
    }

    public string Name { get; }

    public SignatureType Type { get; }

    /// <summary>The key ID that prefixes this key's signatures.</summary>
    public uint KeyId { get; }

    /// <summary>The 32-byte Ed25519 public key (a copy).</summary>
    public byte[] PublicKey => (byte[])_publicKey.Clone();

    /// <summary>The verifier key text <c>name+hex8+base64(type||key)</c>.</summary>
    public string VerifierKey => $"{Name}+{KeyId:x8}+{Convert.ToBase64String([(byte)Type, .. _publicKey])}";

    public override string ToString() => VerifierKey;

    /// <summary>Parses a verifier key <c>name+hex8keyid+base64(type||publicKey)</c>; the key ID must match.</summary>
    /// <exception cref="KeyFormatException">The text is malformed or its key ID does not match its key.</exception>
    public static NoteVerifier Parse(string verifierKey)
    {
        Preconditions.CheckNotNull(verifierKey, nameof(verifierKey));
        var parts = verifierKey.Split('+', 3);
        if (parts.Length != 3)
        {
            throw new KeyFormatException($"a verifier key has the form name+keyid+key (three parts separated by '+'); got {parts.Length} parts.");
        }
        var (name, keyIdText, keyText) = (parts[0], parts[1], parts[2]);
        var (type, material, keyId) = ParseCommon(name, keyIdText, keyText, "verifier key");
        var verifier = new NoteVerifier(name, type, material);
        if (verifier.KeyId != keyId)
        {
            throw new KeyFormatException($"verifier key \"{name}\" claims key ID {keyId:x8} but its key has ID {verifier.KeyId:x8}.");
        }
        return verifier;
    }

    internal static (SignatureType Type, byte[] Material, uint KeyId) ParseCommon(string name, string keyIdText, string keyText, string what)
    {
        KeyNames.Validate(name);
        if (keyIdText.Length != 8 || !uint.TryParse(keyIdText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var keyId))
        {
            throw new KeyFormatException($"the key ID of {what} \"{name}\" must be 8 hexadecimal digits; got \"{keyIdText}\".");
        }
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(keyText);
        }
        catch (FormatException)
        {
            throw new KeyFormatException($"the key of {what} \"{name}\" is not valid base64.");
        }
        if (blob.Length != 33)
        {
            throw new KeyFormatException($"the key of {what} \"{name}\" must decode to 33 bytes (type byte and 32-byte key); got {blob.Length}.");
        }
        var type = (SignatureType)blob[0];
        if (type is not (SignatureType.Ed25519 or SignatureType.Cosignature))
        {
            throw new KeyFormatException($"{what} \"{name}\" has signature type 0x{blob[0]:x2}; Parley supports 0x01 (Ed25519) and 0x04 (cosignature/v1).");
        }
        return (type, blob[1..], keyId);
    }

    /// <summary>
    /// Verifies <paramref name="signature"/> (the bytes after the key ID) over the note text.
    /// For a cosignature the signature is timestamp(8, big-endian) || Ed25519 signature(64) over the
    /// cosignature/v1 message, and <paramref name="timestamp"/> receives the timestamp.
    /// </summary>
    public bool Verify(string noteText, ReadOnlySpan<byte> signature, out long? timestamp)
    {
        Preconditions.CheckNotNull(noteText, nameof(noteText));
        timestamp = null;
        if (Type == SignatureType.Ed25519)
        {
            return signature.Length == 64
                && SignatureAlgorithm.Ed25519.Verify(_key, Encoding.UTF8.GetBytes(noteText), signature);
        }
        if (signature.Length != 72)
        {
            return false;
        }
        var time = BinaryPrimitives.ReadUInt64BigEndian(signature);
        if (time > long.MaxValue)
        {
            return false;
        }
        var message = Encoding.UTF8.GetBytes(CosignatureV1.SignedMessage(noteText, (long)time));
        if (!SignatureAlgorithm.Ed25519.Verify(_key, message, signature[8..]))
        {
            return false;
        }
        timestamp = (long)time;
        return true;
    }
}
