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

    // Fallback blocks (BlockingKeys.IsFallback) again, holding only the records that need the fallback: a record
    // with a full date probes these to find part-dated or undated counterparts; a record that needs the fallback
    // probes the full blocks.
    private readonly Dictionary<ulong, int[]> _fallbackBlocks;

    /// <summary>Indexes <paramref name="records"/> (indices are positions in this list).</summary>
    public CandidateIndex(IReadOnlyList<PreparedRecord> records)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        Count = records.Count;
        var lists = new Dictionary<ulong, List<int>>();
        var fallback = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < records.Count; i++)
        {
            foreach ((var rule, var key) in BlockingKeys.Of(records[i]))
            {
                Add(lists, key, i);
                if (BlockingKeys.IsFallback(rule) && BlockingKeys.NeedsFallback(rule, records[i]))
                {
                    Add(fallback, key, i);
                }
            }
        }
        _blocks = Freeze(lists);
        _fallbackBlocks = Freeze(fallback);
    }

    private static void Add(Dictionary<ulong, List<int>> lists, ulong key, int i)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = new List<int>(2);
        }
        if (list.Count == 0 || list[^1] != i)
        {
            list.Add(i);
        }
    }

    private Dictionary<ulong, int[]> Freeze(Dictionary<ulong, List<int>> lists)
    {
        var blocks = new Dictionary<ulong, int[]>(lists.Count);
        foreach ((var key, var list) in lists)
        {
            if (list.Count > MaxBlockSize)
            {
                OversizedBlocks++;
                continue;
            }
            blocks[key] = [.. list];
        }
        return blocks;
    }

    /// <summary>How many records are indexed.</summary>
    public int Count { get; }

    /// <summary>How many blocks were left out for being larger than <see cref="MaxBlockSize"/>.</summary>
    public int OversizedBlocks { get; private set; }

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
        foreach ((var rule, var key) in BlockingKeys.Of(record))
        {
            var blocks = BlockingKeys.IsFallback(rule) && !BlockingKeys.NeedsFallback(rule, record) ? _fallbackBlocks : _blocks;
            if (!blocks.TryGetValue(key, out var block))
            {
                continue;
            }
            foreach (var j in block)
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
