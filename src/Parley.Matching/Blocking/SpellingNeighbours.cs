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

    /// <summary>Keys shorter than this are not indexed by their deletions (a class left out would meet half the names); a rare one still finds the longer keys it is one letter class from.</summary>
    public const int ShortestKey = 3;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ulong[]> _tokens = new(StringComparer.Ordinal);

    // The tokens of each name reading of the lists (readings are shared by every record spelt alike), by reference.
    private readonly Dictionary<NameReading, ulong[]> _byReading = new(ReferenceEqualityComparer.Instance);

    /// <summary>Counts the name spellings of <paramref name="lists"/> (the surname and the given name of every record).</summary>
    public SpellingNeighbours(params IReadOnlyList<PreparedRecord>[] lists)
    {
        Preconditions.CheckNotNull(lists, nameof(lists));
        foreach (var list in lists.Distinct())
        {
            foreach (var r in list)
            {
                foreach (var key in r.Surname.Keys.Concat(r.Given.Keys).Distinct())
                {
                    Count(key);
                }
            }
        }
        foreach (var key in _counts.Keys)
        {
            foreach (var deletion in key.Length < ShortestKey ? [key] : BlockingTokens.DeletionNeighbourhood(key))
            {
                if (!_byDeletion.TryGetValue(deletion, out var keys))
                {
                    _byDeletion[deletion] = keys = [];
                }
                keys.Add(key);
            }
        }
        foreach (var list in lists.Distinct())
        {
            foreach (var r in list)
            {
                foreach (var name in new[] { r.Surname, r.Given })
                {
                    if (!_byReading.ContainsKey(name))
                    {
                        _byReading[name] = [.. Compute(name)];
                    }
                }
            }
        }
    }

    /// <summary>How many records of the lists spell a name with this key.</summary>
    public int CountOf(string key) => _counts.GetValueOrDefault(key);

    /// <summary>The keys one edit from <paramref name="key"/>, if it is rare (see the class); none for a common key.</summary>
    public IEnumerable<string> Of(string key)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        if (key.Length < 2 || CountOf(key) > RareAtMost)
        {
            yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        // A rare short key (Yajm: am) still looks for the longer name it lost a letter from (Яким: akm).
        var deletions = key.Length < ShortestKey ? key.Select(c => c.ToString()).Prepend(key) : BlockingTokens.DeletionNeighbourhood(key);
        foreach (var deletion in deletions)
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

    /// <summary>The blocking tokens of <see cref="Of"/> for every phonetic key of the name.</summary>
    internal ulong[] TokensOf(NameReading name) =>
        _byReading.TryGetValue(name, out var tokens) ? tokens : [.. Compute(name)];

    private IEnumerable<ulong> Compute(NameReading name)
    {
        foreach (var key in name.Keys)
        {
            foreach (var token in _tokens.GetOrAdd(key, k => [.. Of(k).Select(RecordPreparer.NameToken)]))
            {
                yield return token;
            }
        }
    }

    private void Count(string key)
    {
        if (key.Length > 0)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }
    }
}
