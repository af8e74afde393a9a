using Parley.Matching.Reconciliation;

namespace Parley.Matching.Assignment;

/// <summary>
/// Groups a list's records that appear to be the same person, from the duplicate pairs the engine found
/// within the list (union–find over the pairs whose decision is at least the given one). Groups of one are left out.
/// </summary>
public static class DuplicateGroups
{
    /// <summary>Each group's record indices, ascending; groups ordered by their first index.</summary>
    public static IReadOnlyList<int[]> Of(IReadOnlyList<ScoredPair> pairs, int count, Decision atLeast = Decision.Match)
    {
        Preconditions.CheckNotNull(pairs, nameof(pairs));
        var parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
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
        var members = new HashSet<int>();
        foreach (var p in pairs.Where(p => p.Decision >= atLeast))
        {
            int a = Find(p.Left), b = Find(p.Right);
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
            members.Add(p.Left);
            members.Add(p.Right);
        }
        return [.. members.GroupBy(Find).Select(g => g.Order().ToArray()).OrderBy(g => g[0])];
    }
}
