using System.Security.Cryptography;

namespace Parley.Ledger.Merkle;

/// <summary>
/// The hashing of RFC 9162 §2.1 (https://www.rfc-editor.org/rfc/rfc9162#section-2.1), with SHA-256:
/// a leaf is <c>SHA-256(0x00 || data)</c>, an interior node <c>SHA-256(0x01 || left || right)</c>,
/// and the empty tree <c>SHA-256()</c>.
/// </summary>
public static class MerkleHash
{
    /// <summary>The root of the empty tree: SHA-256 of no bytes.</summary>
    public static Hash EmptyRoot { get; } = Hash.Sha256(ReadOnlySpan<byte>.Empty);

    /// <summary><c>SHA-256(0x00 || data)</c>.</summary>
    public static Hash LeafHash(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[Hash.Size];
        if (data.Length <= 1023)
        {
            Span<byte> buffer = stackalloc byte[data.Length + 1];
            buffer[0] = 0x00;
            data.CopyTo(buffer[1..]);
            PerThreadSha256.HashData(buffer, digest);
        }
        else
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData([0x00]);
            sha.AppendData(data);
            sha.GetHashAndReset(digest);
        }
        return new Hash(digest);
    }

    /// <summary><c>SHA-256(0x01 || left || right)</c>.</summary>
    public static Hash NodeHash(Hash left, Hash right)
    {
        Span<byte> buffer = stackalloc byte[1 + 2 * Hash.Size];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Hash.Size)..]);
        Span<byte> digest = stackalloc byte[Hash.Size];
        PerThreadSha256.HashData(buffer, digest);
        return new Hash(digest);
    }
}
