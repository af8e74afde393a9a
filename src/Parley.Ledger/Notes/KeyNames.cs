using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Parley.Ledger.Notes;

/// <summary>
/// Key names and key IDs of C2SP signed-note (https://c2sp.org/signed-note): a name is non-empty with no
/// Unicode spaces and no '+'; a key ID is the first four bytes, big-endian, of
/// SHA-256(name || 0x0A || signature type || public key).
/// </summary>
public static class KeyNames
{
    /// <summary>True if <paramref name="name"/> is a valid key name.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || rune.Value == '+' || Rune.IsControl(rune))
            {
                return false;
            }
        }
        return Utf8.IsValid(name);
    }

    /// <exception cref="KeyFormatException">The name is not valid.</exception>
    public static void Validate(string? name)
    {
        if (!IsValid(name))
        {
            throw new KeyFormatException($"key name \"{name}\" is not valid: it must be non-empty and contain no spaces, no '+' and no control characters.");
        }
    }

    /// <summary>SHA-256(name || 0x0A || type || publicKey)[:4] as a big-endian uint32.</summary>
    public static uint KeyId(string name, SignatureType type, ReadOnlySpan<byte> publicKey)
    {
        Validate(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(buffer, 0);
        buffer[nameBytes.Length] = 0x0A;
        buffer[nameBytes.Length + 1] = (byte)type;
        publicKey.CopyTo(buffer.AsSpan(nameBytes.Length + 2));
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(buffer));
    }
}
