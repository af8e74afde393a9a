using System.Buffers.Binary;

namespace Parley.Ledger.Merkle;

/// <summary>
/// A SHA-256 hash: exactly 32 bytes. This is an immutable value type; equality compares the bytes.
/// The default value is the all-zero hash.
/// </summary>
public readonly struct Hash : IEquatable<Hash>
{
    /// <summary>The length of a hash in bytes.</summary>
    public const int Size = 32;

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    /// <summary>Creates a hash from exactly <see cref="Size"/> bytes.</summary>
    public Hash(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"bytes must be exactly {Size} bytes long; got {bytes.Length}.", nameof(bytes));
        }
        _a = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _c = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _d = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    /// <summary>SHA-256 of <paramref name="data"/>.</summary>
    public static Hash Sha256(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[Size];
        PerThreadSha256.HashData(data, digest);
        return new Hash(digest);
    }

    /// <summary>Parses 64 hexadecimal digits (either case).</summary>
    /// <exception cref="FormatException">The text is not 64 hexadecimal digits.</exception>
    public static Hash FromHex(string hex)
    {
        Preconditions.CheckNotNull(hex, nameof(hex));
        if (!TryFromHex(hex, out var hash))
        {
            throw new FormatException($"a hash must be 64 hexadecimal digits; got \"{Truncate(hex)}\" ({hex.Length} characters).");
        }
        return hash;
    }

    /// <summary>Parses 64 hexadecimal digits; returns false if the text is anything else.</summary>
    public static bool TryFromHex(string? hex, out Hash hash)
    {
        hash = default;
        if (hex is null || hex.Length != Size * 2)
        {
            return false;
        }
        Span<byte> bytes = stackalloc byte[Size];
        if (Convert.FromHexString(hex, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != Size)
        {
            return false;
        }
        hash = new Hash(bytes);
        return true;
    }

    /// <summary>Parses standard base64 (RFC 4648 §4) of exactly 32 bytes, in canonical form.</summary>
    /// <exception cref="FormatException">The text is not the canonical base64 of 32 bytes.</exception>
    public static Hash FromBase64(string base64)
    {
        Preconditions.CheckNotNull(base64, nameof(base64));
        Span<byte> bytes = stackalloc byte[Size + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != Size || base64.Length != 44)
        {
            throw new FormatException($"a hash must be the base64 of exactly {Size} bytes (44 characters); got \"{Truncate(base64)}\".");
        }
        var hash = new Hash(bytes[..Size]);
        if (hash.ToBase64() != base64)
        {
            throw new FormatException($"the base64 hash \"{base64}\" is not in canonical form.");
        }
        return hash;
    }

    /// <summary>Writes the 32 bytes to <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"destination must have room for {Size} bytes; it has {destination.Length}.", nameof(destination));
        }
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    /// <summary>Returns a new array holding the 32 bytes.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>Standard base64 of the 32 bytes, as used in checkpoints.</summary>
    public string ToBase64() => Convert.ToBase64String(ToArray());

    /// <summary>Lowercase hexadecimal, 64 characters.</summary>
    public override string ToString() => Convert.ToHexStringLower(ToArray());

    public bool Equals(Hash other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    public override bool Equals(object? obj) => obj is Hash other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_a, _b, _c, _d);

    public static bool operator ==(Hash left, Hash right) => left.Equals(right);

    public static bool operator !=(Hash left, Hash right) => !left.Equals(right);

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
