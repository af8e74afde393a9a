using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tests.Support;

internal static class Bits
{
    /// <summary>The hash with bit <paramref name="bit"/> (0..255) flipped.</summary>
    internal static Hash Flip(Hash hash, int bit)
    {
        var bytes = hash.ToArray();
        bytes[bit / 8] ^= (byte)(1 << (bit % 8));
        return new Hash(bytes);
    }

    /// <summary>Reference MTH straight from the recursive definition of RFC 9162 §2.1.1, for cross-checking.</summary>
    internal static Hash ReferenceRoot(IReadOnlyList<Hash> leafHashes, int start, int end)
    {
        var n = end - start;
        if (n == 0)
        {
            return MerkleHash.EmptyRoot;
        }
        if (n == 1)
        {
            return leafHashes[start];
        }
        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }
        return MerkleHash.NodeHash(ReferenceRoot(leafHashes, start, start + k), ReferenceRoot(leafHashes, start + k, end));
    }
}
