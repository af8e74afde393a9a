namespace Parley.Ledger.Merkle;

/// <summary>
/// Appends leaf hashes to a tree incrementally and reports, for each, the complete subtrees it finishes
/// (the leaf itself at level 0, then every parent it completes) — exactly the hashes a store must keep.
/// Holds only the right edge of the tree: one hash per set bit of <see cref="Size"/>.
/// Not thread-safe.
/// </summary>
public sealed class MerkleTreeBuilder
{
    // Complete subtrees along the right edge, left to right (largest first); one per set bit of Size.
    private readonly List<Hash> _frontier;

    /// <summary>Starts an empty tree.</summary>
    public MerkleTreeBuilder()
    {
        _frontier = [];
    }

    private MerkleTreeBuilder(long size, List<Hash> frontier)
    {
        Size = size;
        _frontier = frontier;
    }

    /// <summary>Continues a stored tree of <paramref name="size"/> leaves, reading its O(log n) right-edge subtrees.</summary>
    public static MerkleTreeBuilder Resume(long size, IHashReader reader)
    {
        Preconditions.CheckNonNegative(size, nameof(size));
        Preconditions.CheckNotNull(reader, nameof(reader));
        var nodes = MerkleTree.RootNodes(size);
        var hashes = new Hash[nodes.Count];
        reader.ReadHashes(nodes.ToArray(), hashes);
        return new MerkleTreeBuilder(size, [.. hashes]);
    }

    /// <summary>The number of leaves appended so far.</summary>
    public long Size { get; private set; }

    /// <summary>The root of the tree as it stands (RFC 9162 MTH); the empty tree gives SHA-256().</summary>
    public Hash Root => _frontier.Count == 0
        ? MerkleHash.EmptyRoot
        : MerkleTree.FoldRight(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_frontier));

    /// <summary>Appends one leaf hash; adds to <paramref name="completed"/> every subtree hash now complete, lowest level first.</summary>
    public void Append(Hash leafHash, ICollection<SubtreeHash> completed)
    {
        Preconditions.CheckNotNull(completed, nameof(completed));
        var index = Size;
        var hash = leafHash;
        var level = 0;
        completed.Add(new SubtreeHash(new NodeId(0, index), hash));
        while ((index & 1) == 1)
        {
            var left = _frontier[^1];
            _frontier.RemoveAt(_frontier.Count - 1);
            hash = MerkleHash.NodeHash(left, hash);
            level++;
            index >>= 1;
            completed.Add(new SubtreeHash(new NodeId(level, index), hash));
        }
        _frontier.Add(hash);
        Size++;
    }

    /// <summary>Appends leaf hashes in order; returns every subtree hash they complete.</summary>
    public IReadOnlyList<SubtreeHash> Append(IEnumerable<Hash> leafHashes)
    {
        Preconditions.CheckNotNull(leafHashes, nameof(leafHashes));
        var completed = new List<SubtreeHash>();
        foreach (var leafHash in leafHashes)
        {
            Append(leafHash, completed);
        }
        return completed;
    }
}
