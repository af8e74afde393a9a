namespace Parley.Ledger.Merkle;

/// <summary>
/// Storage of a Merkle tree as the hashes of its complete subtrees: level L, index N is the hash of
/// leaves [N·2^L, (N+1)·2^L) — exactly what tlog tiles store (https://c2sp.org/tlog-tiles). With it the
/// root of any size and any proof need O(log n) reads (see <see cref="MerkleTree"/>).
/// </summary>
public interface IHashReader
{
    /// <summary>
    /// The hash of the complete subtree at <paramref name="level"/>, <paramref name="index"/>.
    /// </summary>
    /// <exception cref="MissingSubtreeHashException">The store does not hold that subtree (yet).</exception>
    Hash ReadHash(int level, long index);

    /// <summary>
    /// Reads several subtree hashes at once; <paramref name="destination"/>[i] receives the hash of
    /// <paramref name="nodes"/>[i]. Stores backed by a database should override this to batch.
    /// </summary>
    void ReadHashes(ReadOnlySpan<NodeId> nodes, Span<Hash> destination)
    {
        if (destination.Length < nodes.Length)
        {
            throw new ArgumentException($"destination must have room for {nodes.Length} hashes; it has {destination.Length}.", nameof(destination));
        }
        for (var i = 0; i < nodes.Length; i++)
        {
            destination[i] = ReadHash(nodes[i].Level, nodes[i].Index);
        }
    }
}
