using System.Numerics;
using Parley.Matching.Scoring;

namespace Parley.Matching.Blocking;

/// <summary>
/// One list's records by blocking key, to find another record's candidate pairs without comparing it to every record
/// (Splink's blocking rules, unioned: a pair is a candidate if it shares a key under any <see cref="BlockingRule"/>).
/// The keys of all records are sorted once into one array of members; an open-addressing table maps each key to its
/// run. A block larger than <see cref="MaxBlockSize"/> records (a very common name under a rule with no date) is left
/// out and counted per rule in <see cref="OversizedBlocks"/>: its pairs are still found through the narrower rules.
/// Immutable after construction; <see cref="Candidates(PreparedRecord, int[], int, List{int})"/> is thread-safe with a scratch buffer per thread.
/// </summary>
public sealed class CandidateIndex
{
    /// <summary>The largest block kept, per side.</summary>
    public const int MaxBlockSize = 500;

    /// <summary>
    /// The largest block kept under a one-edit name rule (<see cref="BlockingRule.NameNearUndated"/>): its pairs have at
    /// best one name the same, one close and no date, which only a name few others share can carry to a match; likewise under
    /// <see cref="BlockingRule.NameNearDate"/> (part of a date besides) and <see cref="BlockingRule.DateInitials"/>, whose
    /// pairs share a date and two letters.
    /// </summary>
    public const int NearBlockSize = 4;

    /// <summary>
    /// A block of a rule with no date (<see cref="BlockingRule.Names"/>, <see cref="BlockingRule.NamePatronymic"/>)
    /// larger than this pairs two records that both give a full date only if one clerical error could turn one date
    /// into the other (<see cref="DatesCompatible"/>), and — in a block of names — two that both give a patronymic only
    /// if it is the same: a common name's namesakes are not all compared with each other, while a missing date or
    /// patronymic still meets the whole block. Smaller blocks pair everyone.
    /// </summary>
    public const int NameBlockForAllDates = 16;

    private readonly ulong[] _slotKeys;
    private readonly int[] _slotStarts;
    private readonly int[] _slotCounts;
    private readonly bool[] _slotFiltered;
    private readonly int[] _dates;
    private readonly ulong[] _fathers;
    private readonly bool[] _givenUnread;
    private readonly int[] _members;
    private readonly int _mask;
    private readonly Dictionary<BlockingRule, int> _oversized = [];
    private readonly SpellingNeighbours? _neighbours;

    /// <summary>
    /// Indexes <paramref name="records"/> (indices are positions in this list). With <paramref name="neighbours"/>
    /// (counted on both lists), a probing record also finds the records whose names are spelt one typo from its own.
    /// </summary>
    public CandidateIndex(IReadOnlyList<PreparedRecord> records, SpellingNeighbours? neighbours = null)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        Count = records.Count;
        _neighbours = neighbours;
        (var keys, var owners) = AllKeys(records, neighbours);
        Array.Sort(keys, owners);
        var distinct = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            distinct += i == 0 || keys[i] != keys[i - 1] ? 1 : 0;
        }
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct * 2));
        _mask = capacity - 1;
        _slotKeys = new ulong[capacity];
        _slotStarts = new int[capacity];
        _slotCounts = new int[capacity];
        _slotFiltered = new bool[capacity];
        _dates = [.. records.Select(PackedDate)];
        _fathers = [.. records.Select(FatherToken)];
        _givenUnread = [.. records.Select(GivenUnread)];
        var members = new List<int>(keys.Length);
        var start = 0;
        while (start < keys.Length)
        {
            var end = start;
            var key = keys[start];
            var first = members.Count;
            while (end < keys.Length && keys[end] == key)
            {
                members.Add(owners[end]);
                end++;
            }
            var size = members.Count - first;
            var rule = BlockingTokens.RuleOf(key);
            var dateFree = rule is BlockingRule.Names or BlockingRule.NamePatronymic or BlockingRule.GivenPatronymicInitial;
            if (IsNear(rule) && size > NearBlockSize)
            {
                // A one-edit name shared by this many records says nothing a weak pair could be matched on.
                members.RemoveRange(first, size);
                size = 0;
                _oversized[rule] = _oversized.GetValueOrDefault(rule) + 1;
            }
            if (dateFree && size > MaxBlockSize)
            {
                // Too large to compare its dated records: the narrower rules pair those; the undated stay.
                var undated = members.GetRange(first, size).Where(i => _dates[i] == 0).ToList();
                members.RemoveRange(first, size);
                members.AddRange(undated);
                size = undated.Count;
                _oversized[rule] = _oversized.GetValueOrDefault(rule) + 1;
            }
            if (size > MaxBlockSize || size == 0)
            {
                members.RemoveRange(first, size);
                _oversized[rule] = _oversized.GetValueOrDefault(rule) + (size > 0 ? 1 : 0);
            }
            else
            {
                Insert(key, first, size, dateFree && size > NameBlockForAllDates);
            }
            start = end;
        }
        _members = [.. members];
    }

    /// <summary>How many records are indexed.</summary>
    public int Count { get; }

    /// <summary>How many blocks were left out for being larger than <see cref="MaxBlockSize"/>, in all.</summary>
    public int OversizedBlocks => _oversized.Values.Sum();

    /// <summary>How many blocks were left out for size, per rule.</summary>
    public IReadOnlyDictionary<BlockingRule, int> OversizedByRule => _oversized;

    /// <summary>A scratch buffer for <see cref="Candidates(PreparedRecord, int[], int, List{int})"/>, one per thread.</summary>
    public int[] NewScratch() => new int[Count];

    /// <summary>
    /// The distinct indexed records that share a key with <paramref name="record"/>, appended to
    /// <paramref name="into"/>. <paramref name="stamp"/> must be unique per call on one scratch buffer
    /// (use the probing record's index + 1).
    /// </summary>
    public void Candidates(PreparedRecord record, int[] scratch, int stamp, List<int> into)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        var keys = new List<ulong>(64);
        CandidatesInto(record, scratch, stamp, into, keys);
    }

    /// <summary>As <see cref="Candidates(PreparedRecord, int[], int, List{int})"/>, with a reusable key buffer.</summary>
    /// <returns>
    /// How many of the appended candidates were found by a rule other than the one-edit name rules (they come first):
    /// the rest met only through those.
    /// </returns>
    internal int CandidatesInto(PreparedRecord record, int[] scratch, int stamp, List<int> into, List<ulong> keys)
    {
        keys.Clear();
        BlockingKeys.Write(record, keys, _neighbours, probing: true);
        var date = PackedDate(record);
        var father = FatherToken(record);
        var givenUnread = GivenUnread(record);
        var start = into.Count;
        var before = -1;
        foreach (var key in keys)
        {
            if (before < 0 && IsNear(BlockingTokens.RuleOf(key)))
            {
                before = into.Count - start;
            }
            var slot = Find(key);
            if (slot < 0)
            {
                continue;
            }
            var from = _slotStarts[slot];
            var to = from + _slotCounts[slot];
            var filter = _slotFiltered[slot];
            var byDate = filter && date != 0;
            var rule = BlockingTokens.RuleOf(key);
            var byFather = father != 0 && (filter && rule == BlockingRule.Names || rule == BlockingRule.DatePartInitials);
            var byGiven = rule == BlockingRule.SurnameDatePart && !givenUnread;
            for (var m = from; m < to; m++)
            {
                var j = _members[m];
                if (scratch[j] != stamp
                    && (!byDate || _dates[j] == 0 || DatesCompatible(date, _dates[j]))
                    && (!byFather || _fathers[j] == 0 || _fathers[j] == father)
                    && (!byGiven || _givenUnread[j]))
                {
                    scratch[j] = stamp;
                    into.Add(j);
                }
            }
        }
        return before < 0 ? into.Count - start : before;
    }

    /// <summary>The rules kept small and out of m's estimate, whose keys come last (<see cref="BlockingKeys"/>).</summary>
    private static bool IsNear(BlockingRule rule) =>
        rule is BlockingRule.NameNearUndated or BlockingRule.NameNearDated or BlockingRule.NameNearDate or BlockingRule.DateInitials
            or BlockingRule.DatePartInitials or BlockingRule.FatherNameDatePart or BlockingRule.FatherDatePartInitial or BlockingRule.SurnameDatePart;

    private static (ulong[] Keys, int[] Owners) AllKeys(IReadOnlyList<PreparedRecord> records, SpellingNeighbours? neighbours)
    {
        const int chunk = 4096;
        var chunks = (records.Count + chunk - 1) / chunk;
        var parts = new (List<ulong> Keys, List<int> Owners)[chunks];
        Parallel.For(0, chunks, EngineParallelism.Options(), c =>
        {
            var keys = new List<ulong>(chunk * 32);
            var owners = new List<int>(chunk * 32);
            var end = Math.Min(records.Count, (c + 1) * chunk);
            for (var i = c * chunk; i < end; i++)
            {
                var before = keys.Count;
                BlockingKeys.Write(records[i], keys, neighbours);
                // Each key once per record, so a block's size counts records.
                var own = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys)[before..];
                own.Sort();
                var kept = before;
                for (var k = before; k < keys.Count; k++)
                {
                    if (k == before || keys[k] != keys[kept - 1])
                    {
                        keys[kept++] = keys[k];
                    }
                }
                keys.RemoveRange(kept, keys.Count - kept);
                for (var k = before; k < keys.Count; k++)
                {
                    owners.Add(i);
                }
            }
            parts[c] = (keys, owners);
        });
        var total = parts.Sum(p => p.Keys.Count);
        var allKeys = new ulong[total];
        var allOwners = new int[total];
        var at = 0;
        foreach ((var keys, var owners) in parts)
        {
            keys.CopyTo(allKeys, at);
            owners.CopyTo(allOwners, at);
            at += keys.Count;
        }
        return (allKeys, allOwners);
    }

    /// <summary>The father's first blocking token (the father's id when it is read: patronymic or father column), or 0.</summary>
    private static ulong FatherToken(PreparedRecord record) => record.FatherTokens.Length > 0 ? record.FatherTokens[0] : 0;

    /// <summary>
    /// True if the given name is missing or a spelling the lexicon does not list (a typo, an unknown diminutive): under
    /// <see cref="BlockingRule.SurnameDatePart"/> two records meet only if one of them is so — two known given names that
    /// differ are two people, and pairing every namesake of a surname and year would cost a fifth more candidates.
    /// </summary>
    private static bool GivenUnread(PreparedRecord record) => !record.Given.GivenIdIsExact;

    /// <summary>A full date as yyyymmdd, or 0.</summary>
    private static int PackedDate(PreparedRecord record) =>
        record.DateOfBirth is { IsComplete: true } d ? (d.Year!.Value * 10_000) + (d.Month!.Value * 100) + d.Day!.Value : 0;

    /// <summary>
    /// True if one clerical error could turn one date into the other: two of day, month and year agree (one digit,
    /// a day or a year off, a 1st for an unknown day), day and month swapped, 1 January for an unknown date, or the two
    /// dates are at most two days apart (across a month's end).
    /// </summary>
    internal static bool DatesCompatible(int a, int b)
    {
        int ay = a / 10_000, am = a / 100 % 100, ad = a % 100;
        int by = b / 10_000, bm = b / 100 % 100, bd = b % 100;
        var agreeing = (ay == by ? 1 : 0) + (am == bm ? 1 : 0) + (ad == bd ? 1 : 0);
        if (agreeing >= 2 || ay == by && (am == bd && ad == bm || am == 1 && ad == 1 || bm == 1 && bd == 1))
        {
            return true;
        }
        return Math.Abs(new DateOnly(ay, am, ad).DayNumber - new DateOnly(by, bm, bd).DayNumber) <= 2;
    }

    private void Insert(ulong key, int start, int count, bool filtered)
    {
        var slot = (int)(key >> 8) & _mask;
        while (_slotCounts[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }
        _slotKeys[slot] = key;
        _slotStarts[slot] = start;
        _slotCounts[slot] = count;
        _slotFiltered[slot] = filtered;
    }

    private int Find(ulong key)
    {
        var slot = (int)(key >> 8) & _mask;
        while (_slotCounts[slot] != 0)
        {
            if (_slotKeys[slot] == key)
            {
                return slot;
            }
            slot = (slot + 1) & _mask;
        }
        return -1;
    }
}
