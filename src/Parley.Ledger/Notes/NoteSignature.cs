using System.Buffers.Binary;

namespace Parley.Ledger.Notes;

/// <summary>
/// One signature line of a signed note: <c>— name base64(keyID(4, big-endian) || signature)</c>
/// (U+2014 em dash). <see cref="Signature"/> holds the bytes after the key ID. Immutable.
/// </summary>
public sealed class NoteSignature
{
    private readonly byte[] _signature;

    public NoteSignature(string name, uint keyId, ReadOnlySpan<byte> signature)
    {
        KeyNames.Validate(name);
        Name = name;
        KeyId = keyId;
        _signature = signature.ToArray();
    }

    public string Name { get; }

    public uint KeyId { get; }

    /// <summary>The signature bytes after the key ID (a copy).</summary>
    public byte[] Signature => (byte[])_signature.Clone();

    internal ReadOnlySpan<byte> SignatureSpan => _signature;

    /// <summary>The line without its final newline.</summary>
    public string ToLine()
    {
        var blob = new byte[4 + _signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(blob, KeyId);
        _signature.CopyTo(blob, 4);
        return $"\u2014 {Name} {Convert.ToBase64String(blob)}";
    }

    public override string ToString() => ToLine();
}
