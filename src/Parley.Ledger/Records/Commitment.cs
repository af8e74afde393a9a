using System.Security.Cryptography;
using System.Text;
using Parley.Ledger.Merkle;

namespace Parley.Ledger.Records;

/// <summary>
/// The salted SHA-256 commitment to an event's private part (docs/public-record.md §7):
/// <c>SHA-256("parley/commitment/v1" || 0x00 || salt || private bytes)</c> with a fresh 32-byte salt.
/// The commitment is public (it is in the leaf); the salt and the private bytes are not.
/// </summary>
public static class Commitment
{
    /// <summary>The length of a salt in bytes.</summary>
    public const int SaltSize = 32;

    /// <summary>The domain-separation tag, followed in the hash input by one 0x00 byte.</summary>
    public const string Tag = "parley/commitment/v1";

    private const int MaxStackLength = 2048;

    private static readonly byte[] Prefix = [.. Encoding.ASCII.GetBytes(Tag), 0x00];

    /// <summary>A fresh random salt from the operating system's cryptographic generator.</summary>
    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltSize);

    /// <summary>The commitment to <paramref name="privatePart"/> under <paramref name="salt"/>.</summary>
    public static Hash Compute(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> privatePart)
    {
        Preconditions.CheckArgument(salt.Length == SaltSize, nameof(salt), $"a salt is exactly {SaltSize} bytes; got {salt.Length}.");
        var length = Prefix.Length + SaltSize + privatePart.Length;
        // Exactly the length needed: a fixed-size stackalloc would be zeroed in full on every call.
        var rented = length <= MaxStackLength ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        try
        {
            Prefix.CopyTo(buffer);
            salt.CopyTo(buffer[Prefix.Length..]);
            privatePart.CopyTo(buffer[(Prefix.Length + SaltSize)..]);
            return Hash.Sha256(buffer);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>True when <paramref name="privatePart"/> under <paramref name="salt"/> gives <paramref name="commitment"/>.</summary>
    public static bool Matches(Hash commitment, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> privatePart) =>
        salt.Length == SaltSize && Compute(salt, privatePart) == commitment;
}
