using System.Collections.Concurrent;
using Parley.Matching.Scoring;

namespace Parley.Matching.Blocking;

/// <summary>
/// Which name spellings of two lists are one typo apart, for blocking. A typo makes a rare spelling (Шевчекно, Паввел),
/// so only a rarely spelt name has neighbours: every spelling one letter class away. Two common spellings are never
/// linked (Коваль and Ковальов are two surnames, and pairing every Коваль with every Ковальов would cost much and find
/// nothing). A record with a rare spelling is indexed, and probes, under its neighbours' spellings as well as its own,
/// so it meets a commonly spelt counterpart, which needs no neighbours of its own. Neighbours are found on the
/// vocabulary of distinct phonetic keys, not on records, by symmetric deletion (SymSpell, Garbe 2012): two keys within
/// one edit share a key with one class left out. Immutable after construction; thread-safe.
/// </summary>
public sealed class SpellingNeighbours
{
    /// <summary>A spelling on at most this many records of both lists together is rare.</summary>
    public const int RareAtMost = 3;

    /// <summary>Keys shorter than this have no neighbours: with a class left out they would meet half the names.</summary>
    public const int ShortestKey = 3;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ulong[]> _tokens = new(StringComparer.Ordinal);

    /// <summary>Counts the name spellings of <paramref name="lists"/> (the surname and the given name of every record).</summary>
    public SpellingNeighbours(params IReadOnlyList<PreparedRecord>[] lists)
    {
        Preconditions.CheckNotNull(lists, nameof(lists));
        foreach (var list in lists.Distinct())
        {
            foreach (var r in list)
            {
                Count(Primary(r.Surname));
                Count(Primary(r.Given));
            }
        }
        foreach (var key in _counts.Keys)
        {
            if (key.Length < ShortestKey)
            {
                continue;
            }
            foreach (var deletion in BlockingTokens.DeletionNeighbourhood(key))
            {
                if (!_byDeletion.TryGetValue(deletion, out var keys))
                {
                    _byDeletion[deletion] = keys = [];
                }
                keys.Add(key);
            }
        }
    }

    /// <summary>How many records of the lists spell a name with this key.</summary>
    public int CountOf(string key) => _counts.GetValueOrDefault(key);

    /// <summary>The keys one edit from <paramref name="key"/>, if it is rare (see the class); none for a common key.</summary>
    public IEnumerable<string> Of(string key)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        if (key.Length < ShortestKey || CountOf(key) > RareAtMost)
        {
            yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        foreach (var deletion in BlockingTokens.DeletionNeighbourhood(key))
        {
            if (!_byDeletion.TryGetValue(deletion, out var keys))
            {
                continue;
            }
            foreach (var other in keys)
            {
                if (seen.Add(other) && Comparer.WithinOneEdit(key, other))
                {
                    yield return other;
                }
            }
        }
    }

    /// <summary>The blocking tokens of <see cref="Of"/>, cached per key.</summary>
    internal ulong[] TokensOf(NameReading name)
    {
        var key = Primary(name);
        return key.Length == 0 ? [] : _tokens.GetOrAdd(key, k => [.. Of(k).Select(RecordPreparer.NameToken)]);
    }

    /// <summary>The phonetic key a name is spelt with (its first: as written, usual reading), or empty.</summary>
    private static string Primary(NameReading name) => name.Keys.Length > 0 ? name.Keys[0] : "";

    private void Count(string key)
    {
        if (key.Length > 0)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }
    }
}
