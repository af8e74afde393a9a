namespace Parley.Matching.Reconciliation;

/// <summary>
/// What a reviewer decides at once: the pairs at review joined by a shared record, on the left or the right — most often
/// one record and its namesake candidates — best first. A person is one record of each list at most, so of the pairs
/// that share a record at most one can be accepted: accepting a pair rejects its rivals (<see cref="RivalsOf"/>).
/// <see cref="Id"/> is made from the sorted ids of the item's records, so the same records give the same id whatever
/// order the pairs came in. Immutable.
/// </summary>
/// <typeparam name="TPair">The pair as its caller holds it (the engine's <see cref="ScoredPair"/>, or a recorded candidate).</typeparam>
public sealed class ReviewItem<TPair>
{
    private readonly (string Left, string Right)[] _keys;

    internal ReviewItem(string id, TPair[] pairs, (string Left, string Right)[] keys)
    {
        Id = id;
        Pairs = pairs;
        _keys = keys;
        LeftIds = [.. keys.Select(k => k.Left).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        RightIds = [.. keys.Select(k => k.Right).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The item's stable id (<c>item-</c> and twelve hex digits of a SHA-256 of its sorted record ids).</summary>
    public string Id { get; }

    /// <summary>The pairs, best first (highest score; ties by left id, then right id).</summary>
    public IReadOnlyList<TPair> Pairs { get; }

    /// <summary>The ids of the item's left records, sorted.</summary>
    public IReadOnlyList<string> LeftIds { get; }

    /// <summary>The ids of the item's right records, sorted.</summary>
    public IReadOnlyList<string> RightIds { get; }

    /// <summary>The left and right ids of the pair at <paramref name="index"/> in <see cref="Pairs"/>.</summary>
    public (string Left, string Right) KeyOf(int index) => _keys[index];

    /// <summary>
    /// The pairs that accepting the pair at <paramref name="index"/> rules out: those sharing its left or its right record.
    /// (In a chain such as A–1, A–2, B–2, accepting A–1 rules out A–2 and leaves B–2 to be decided.)
    /// </summary>
    public IReadOnlyList<TPair> RivalsOf(int index)
    {
        Preconditions.CheckRange(index, 0, _keys.Length - 1);
        var (left, right) = _keys[index];
        return [.. Pairs.Where((_, i) => i != index && (_keys[i].Left == left || _keys[i].Right == right))];
    }
}
