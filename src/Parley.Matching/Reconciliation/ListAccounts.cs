using Parley.Matching.Normalisation;
using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

/// <summary>Builds a <see cref="ListAccount"/> from a prepared list and the copies assignment found in it.</summary>
internal static class ListAccounts
{
    /// <summary>An account of nothing (for results that do not keep one).</summary>
    public static readonly ListAccount Empty = new(0, 0, new Dictionary<string, int>(), 0, []);

    /// <summary>The account of <paramref name="records"/>, given pairs of them that are one person listed twice.</summary>
    public static ListAccount Of(IReadOnlyList<PreparedRecord> records, IEnumerable<(int First, int Second)> copies)
    {
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        var unreadable = 0;
        foreach (var r in records.Where(r => r.NameUnreadable))
        {
            unreadable++;
            var script = ScriptNames.Unread(r.SurnameText + " " + r.GivenText) ?? "another script";
            scripts[script] = scripts.GetValueOrDefault(script) + 1;
        }
        return new ListAccount(
            records.Count,
            unreadable,
            scripts,
            records.Count(r => r.DateOfBirth?.Year is null),
            Groups(records.Count, copies));
    }

    /// <summary>The copies joined into groups (union–find), each group's records in list order, groups in order of their first record.</summary>
    private static IReadOnlyList<IReadOnlyList<int>> Groups(int count, IEnumerable<(int First, int Second)> copies)
    {
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                parent[x] = parent.GetValueOrDefault(p, p);
                x = p;
            }
            return x;
        }
        foreach ((var a, var b) in copies)
        {
            if (a < 0 || b < 0 || a >= count || b >= count)
            {
                continue;
            }
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            int ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
        return [.. parent.Keys.GroupBy(Find).Select(g => (IReadOnlyList<int>)[.. g.Order()]).Where(g => g.Count > 1).OrderBy(g => g[0])];
    }
}
