using System.Security.Cryptography;
using System.Text;

namespace Parley.Matching.Reconciliation;

/// <summary>
/// The review queue as a reviewer works it: the pairs at review joined into <see cref="ReviewItem{TPair}"/>s by a shared
/// record (union–find over the records), so that one person with three namesake candidates is one question — "which of
/// these, if any?" — and not three (issue 10).
/// </summary>
public static class ReviewItems
{
    /// <summary>The review pairs of <paramref name="result"/> as items, in the order of each item's first pair (left-list order).</summary>
    public static IReadOnlyList<ReviewItem<ScoredPair>> Of(ReconciliationResult result)
    {
        Preconditions.CheckNotNull(result);
        return Group(
            result.Pairs.Where(p => p.Decision == Decision.Review),
            p => result.Left[p.Left].Source.Id,
            p => result.Right[p.Right].Source.Id,
            p => p.Weight);
    }

    /// <summary>
    /// Joins <paramref name="pairs"/> into items by a shared left id or right id (left and right ids are apart: the same
    /// text on both sides is two records); items come in the order of their first pair, and in each the pairs best first.
    /// </summary>
    public static IReadOnlyList<ReviewItem<TPair>> Group<TPair>(IEnumerable<TPair> pairs, Func<TPair, string> left, Func<TPair, string> right, Func<TPair, double> score)
    {
        Preconditions.CheckNotNull(pairs);
        Preconditions.CheckNotNull(left);
        Preconditions.CheckNotNull(right);
        Preconditions.CheckNotNull(score);
        var all = pairs.Select(p => (Pair: p, Left: left(p), Right: right(p), Score: score(p))).ToList();
        // Union–find over records: each left id and each right id is a node of its own.
        var node = new Dictionary<(bool Right, string Id), int>();
        var parent = new List<int>();
        int NodeOf(bool isRight, string id)
        {
            if (!node.TryGetValue((isRight, id), out var n))
            {
                n = parent.Count;
                node.Add((isRight, id), n);
                parent.Add(n);
            }
            return n;
        }
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        foreach (var p in all)
        {
            int a = Find(NodeOf(false, p.Left)), b = Find(NodeOf(true, p.Right));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
        return [.. all
            .Select((p, order) => (p, order))
            .GroupBy(x => Find(node[(false, x.p.Left)]))
            .OrderBy(g => g.Min(x => x.order))
            .Select(g =>
            {
                var best = g.Select(x => x.p)
                    .OrderByDescending(p => p.Score)
                    .ThenBy(p => p.Left, StringComparer.Ordinal)
                    .ThenBy(p => p.Right, StringComparer.Ordinal)
                    .ToArray();
                var keys = best.Select(p => (p.Left, p.Right)).ToArray();
                return new ReviewItem<TPair>(IdOf(keys), [.. best.Select(p => p.Pair)], keys);
            })];
    }

    /// <summary>An item's id: the same records give the same id, in any order.</summary>
    private static string IdOf((string Left, string Right)[] keys)
    {
        var text = new StringBuilder();
        foreach (var id in keys.Select(k => k.Left).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append("L\u001f").Append(id).Append('\u001e');
        }
        foreach (var id in keys.Select(k => k.Right).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append("R\u001f").Append(id).Append('\u001e');
        }
        return "item-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
