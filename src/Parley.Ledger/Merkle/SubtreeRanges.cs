using System.Numerics;

namespace Parley.Ledger.Merkle;

/// <summary>
/// The leaf ranges whose Merkle Tree Hashes make up RFC 9162 proofs, computed iteratively from the
/// recursive definitions in §2.1.3.1 (PATH) and §2.1.4.1 (SUBPROOF), and the split of such a range into
/// complete subtrees.
/// </summary>
internal static class SubtreeRanges
{
    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n ≥ 2).</summary>
    internal static long LargestPowerOfTwoBelow(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    /// <summary>
    /// Appends the complete subtrees that make up leaves [start, end), left to right. Every range a
    /// proof needs starts at a multiple of a power of two at least as large as its length, so the split
    /// follows the binary digits of the length, largest first.
    /// </summary>
    internal static void Decompose(long start, long end, List<NodeId> into)
    {
        var position = start;
        var length = end - start;
        for (var level = 62; level >= 0; level--)
        {
            var width = 1L << level;
            if ((length & width) != 0)
            {
                into.Add(new NodeId(level, position >> level));
                position += width;
            }
        }
    }

    /// <summary>PATH(index, D[0:size]) as leaf ranges, in proof order (bottom up).</summary>
    internal static List<(long Start, long End)> Inclusion(long index, long size)
    {
        var ranges = new List<(long, long)>();
        long lo = 0, hi = size;
        while (hi - lo > 1)
        {
            var k = LargestPowerOfTwoBelow(hi - lo);
            if (index < lo + k)
            {
                ranges.Add((lo + k, hi));
                hi = lo + k;
            }
            else
            {
                ranges.Add((lo, lo + k));
                lo += k;
            }
        }
        ranges.Reverse();
        return ranges;
    }

    /// <summary>PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) as leaf ranges, in proof order.</summary>
    internal static List<(long Start, long End)> Consistency(long m, long n)
    {
        var ranges = new List<(long, long)>();
        long lo = 0, hi = n;
        var startFromOldRoot = true;
        while (true)
        {
            if (m == hi)
            {
                if (!startFromOldRoot)
                {
                    ranges.Add((lo, hi));
                }
                break;
            }
            var k = LargestPowerOfTwoBelow(hi - lo);
            if (m - lo <= k)
            {
                ranges.Add((lo + k, hi));
                hi = lo + k;
            }
            else
            {
                ranges.Add((lo, lo + k));
                lo += k;
                startFromOldRoot = false;
            }
        }
        ranges.Reverse();
        return ranges;
    }
}
