using Parley.Matching.Scoring;

namespace Parley.Matching.Blocking;

/// <summary>
/// One list's records by blocking key, to find another record's candidate pairs without comparing it to
/// every record. A block larger than <see cref="MaxBlockSize"/> (a very common name with no date to narrow
/// it) is left out and counted in <see cref="OversizedBlocks"/>: its pairs are still found through the
/// other rules when the records carry dates. Immutable after construction; <see cref="Candidates"/> is
/// thread-safe with a scratch buffer per thread.
/// </summary>
public sealed class CandidateIndex
{
    /// <summary>The largest block kept, per side.</summary>
    public const int MaxBlockSize = 500;

    private readonly Dictionary<ulong, int[]> _blocks;

    /// <summary>Indexes <paramref name="records"/> (indices are positions in this list).</summary>
    public CandidateIndex(IReadOnlyList<PreparedRecord> records)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        Count = records.Count;
        var lists = new Dictionary<ulong, List<int>>();
        for (int i = 0; i < records.Count; i++)
        {
            foreach ((BlockingRule _, ulong key) in BlockingKeys.Of(records[i]))
            {
                if (!lists.TryGetValue(key, out List<int>? list))
                {
                    lists[key] = list = new List<int>(2);
                }
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }
        _blocks = new Dictionary<ulong, int[]>(lists.Count);
        foreach ((ulong key, List<int> list) in lists)
        {
            if (list.Count > MaxBlockSize)
            {
                OversizedBlocks++;
                continue;
            }
            _blocks[key] = [.. list];
        }
    }

    /// <summary>How many records are indexed.</summary>
    public int Count { get; }

    /// <summary>How many blocks were left out for being larger than <see cref="MaxBlockSize"/>.</summary>
    public int OversizedBlocks { get; }

    /// <summary>A scratch buffer for <see cref="Candidates"/>, one per thread.</summary>
    public int[] NewScratch() => new int[Count];

    /// <summary>
    /// The distinct indexed records that share a key with <paramref name="record"/>, appended to
    /// <paramref name="into"/>. <paramref name="stamp"/> must be unique per call on one scratch buffer
    /// (use the probing record's index + 1).
    /// </summary>
    public void Candidates(PreparedRecord record, int[] scratch, int stamp, List<int> into)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        foreach ((BlockingRule _, ulong key) in BlockingKeys.Of(record))
        {
            if (!_blocks.TryGetValue(key, out int[]? block))
            {
                continue;
            }
            foreach (int j in block)
            {
                if (scratch[j] != stamp)
                {
                    scratch[j] = stamp;
                    into.Add(j);
                }
            }
        }
    }
}
