namespace Parley.Ledger.Merkle;

/// <summary>
/// Roots and proofs of RFC 9162 §2.1 (https://www.rfc-editor.org/rfc/rfc9162#section-2.1) computed from
/// stored complete-subtree hashes. Each operation first lists the subtrees it needs (O(log n) of them),
/// reads them in one batch through <see cref="IHashReader.ReadHashes"/>, then combines them; nothing is
/// rebuilt from leaves.
/// </summary>
public sealed class MerkleTree
{
    private readonly IHashReader _reader;

    public MerkleTree(IHashReader reader)
    {
        _reader = Preconditions.CheckNotNull(reader, nameof(reader));
    }

    /// <summary>MTH(D[0:size]); the empty tree has root SHA-256().</summary>
    public Hash RootAt(long size)
    {
        Preconditions.CheckNonNegative(size, nameof(size));
        return size == 0 ? MerkleHash.EmptyRoot : Resolve([(0, size)])[0];
    }

    /// <summary>The inclusion proof PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, bottom up.</summary>
    /// <exception cref="IndexOutsideTreeException"><paramref name="index"/> ≥ <paramref name="size"/>.</exception>
    public IReadOnlyList<Hash> InclusionProof(long index, long size)
    {
        Preconditions.CheckNonNegative(index, nameof(index));
        Preconditions.CheckNonNegative(size, nameof(size));
        if (index >= size)
        {
            throw new IndexOutsideTreeException(index, size);
        }
        return Resolve(SubtreeRanges.Inclusion(index, size));
    }

    /// <summary>
    /// The consistency proof PROOF(oldSize, D[0:newSize]) of RFC 9162 §2.1.4.1. Equal sizes give the
    /// empty proof.
    /// </summary>
    /// <exception cref="InvalidTreeSizesException">Not 0 &lt; oldSize ≤ newSize.</exception>
    public IReadOnlyList<Hash> ConsistencyProof(long oldSize, long newSize)
    {
        if (oldSize <= 0 || oldSize > newSize)
        {
            throw new InvalidTreeSizesException(oldSize, newSize);
        }
        return Resolve(SubtreeRanges.Consistency(oldSize, newSize));
    }

    /// <summary>The complete subtrees (level, index) needed for the root of a tree of <paramref name="size"/> leaves.</summary>
    public static IReadOnlyList<NodeId> RootNodes(long size)
    {
        Preconditions.CheckNonNegative(size, nameof(size));
        var nodes = new List<NodeId>();
        SubtreeRanges.Decompose(0, size, nodes);
        return nodes;
    }

    private Hash[] Resolve(List<(long Start, long End)> ranges)
    {
        var nodes = new List<NodeId>(ranges.Count * 2);
        var counts = new int[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            var before = nodes.Count;
            SubtreeRanges.Decompose(ranges[i].Start, ranges[i].End, nodes);
            counts[i] = nodes.Count - before;
        }
        var hashes = new Hash[nodes.Count];
        _reader.ReadHashes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(nodes), hashes);

        var result = new Hash[ranges.Count];
        var offset = 0;
        for (var i = 0; i < ranges.Count; i++)
        {
            result[i] = FoldRight(hashes.AsSpan(offset, counts[i]));
            offset += counts[i];
        }
        return result;
    }

    /// <summary>
    /// MTH of consecutive complete subtrees whose sizes strictly decrease: the last two combine first
    /// (RFC 9162 splits at the largest power of two, so the left part is always one complete subtree).
    /// </summary>
    internal static Hash FoldRight(ReadOnlySpan<Hash> subtrees)
    {
        var hash = subtrees[^1];
        for (var i = subtrees.Length - 2; i >= 0; i--)
        {
            hash = MerkleHash.NodeHash(subtrees[i], hash);
        }
        return hash;
    }
}
