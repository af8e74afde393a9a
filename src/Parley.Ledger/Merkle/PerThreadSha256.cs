using System.Security.Cryptography;

namespace Parley.Ledger.Merkle;

/// <summary>
/// SHA-256 through one reusable hash object per thread. On Linux, <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>
/// sets up a fresh OpenSSL digest context on every call, which costs more than hashing a leaf or a node; appending
/// needs about three hashes per event, so reusing the context is a measurable part of the append rate.
/// </summary>
internal static class PerThreadSha256
{
    [ThreadStatic]
    private static IncrementalHash? _hasher;

    /// <summary>Writes SHA-256 of <paramref name="data"/> to <paramref name="digest"/> (<see cref="Hash.Size"/> bytes).</summary>
    public static void HashData(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        var hasher = _hasher ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            hasher.AppendData(data);
            hasher.GetHashAndReset(digest);
        }
        catch (CryptographicException)
        {
            // A failure may leave data in the context: never reuse it.
            _hasher = null;
            hasher.Dispose();
            throw;
        }
    }
}
