namespace Parley.Ledger.Merkle;

/// <summary>
/// A hash store held in memory, for tests and small tools: keeps every complete subtree hash, by level.
/// Not thread-safe.
/// </summary>
public sealed class InMemoryHashStore : IHashReader
{
    private readonly List<List<Hash>> _levels = [];
    private readonly MerkleTreeBuilder _builder = new();
    private readonly List<SubtreeHash> _scratch = [];

    /// <summary>The number of leaves stored.</summary>
    public long Size => _builder.Size;

    /// <summary>The root of the whole stored tree.</summary>
    public Hash Root => _builder.Root;

    /// <summary>Appends a leaf by its data, hashing it as RFC 9162 says.</summary>
    public void AppendData(ReadOnlySpan<byte> leafData) => AppendLeafHash(MerkleHash.LeafHash(leafData));

    /// <summary>Appends a leaf by its hash and stores every subtree it completes.</summary>
    public void AppendLeafHash(Hash leafHash)
    {
        _scratch.Clear();
        _builder.Append(leafHash, _scratch);
        foreach (var completed in _scratch)
        {
            while (_levels.Count <= completed.Level)
            {
                _levels.Add([]);
            }
            _levels[completed.Level].Add(completed.Hash);
        }
    }

    public Hash ReadHash(int level, long index)
    {
        if (level < 0 || index < 0 || level >= _levels.Count || index >= _levels[level].Count)
        {
            var node = new NodeId(Math.Clamp(level, 0, NodeId.MaxLevel), Math.Max(index, 0));
            throw new MissingSubtreeHashException(node, $"the store holds {Size} leaves");
        }
        return _levels[level][(int)index];
    }
}
