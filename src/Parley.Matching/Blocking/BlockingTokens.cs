namespace Parley.Matching.Blocking;

/// <summary>
/// The 64-bit tokens blocking keys are made of: a name key, a given-name id, a date, a number, each hashed
/// (FNV-1a, then a SplitMix64 finaliser) so that a key is a few arithmetic operations on tokens. A collision only adds a
/// candidate pair, which scoring rejects.
/// </summary>
internal static class BlockingTokens
{
    /// <summary>The token of a text (a phonetic key, an id) in its <paramref name="domain"/> (so an id never meets a key).</summary>
    public static ulong Of(string text, char domain)
    {
        const ulong offset = 14695981039346656037UL, prime = 1099511628211UL;
        var h = (offset ^ domain) * prime;
        foreach (var c in text)
        {
            h = (h ^ c) * prime;
        }
        return Mix(h);
    }

    /// <summary>The token of a number (a date, a year) in its domain.</summary>
    public static ulong Of(long number, char domain) => Mix(((ulong)number * 0x9E3779B97F4A7C15UL) ^ ((ulong)domain << 56));

    /// <summary>
    /// The phonetic key and every form of it with one letter class left out (SymSpell's symmetric deletion, Garbe
    /// 2012): two keys within one edit — a letter changed, added, dropped, or two neighbours transposed — share one.
    /// Keys of two classes or fewer are kept whole: their deletions would meet everyone.
    /// </summary>
    public static IEnumerable<string> DeletionNeighbourhood(string key)
    {
        yield return key;
        if (key.Length <= 2 || key.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && key[i] == key[i - 1])
            {
                continue;
            }
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
        }
    }

    /// <summary>The day and the month in either order: a date whose day and month were swapped gives the same token.</summary>
    public static ulong DayMonth(int month, int day) => Of((Math.Min(month, day) * 100) + Math.Max(month, day), 's');

    /// <summary>One token of two, in this order.</summary>
    public static ulong Pair(ulong a, ulong b) => Mix(a ^ Rotate(b, 29) ^ 0x2545F4914F6CDD1DUL);

    /// <summary>A key of a rule from one or two tokens; the rule is kept in the low byte (to count oversized blocks per rule).</summary>
    public static ulong Key(BlockingRule rule, ulong a, ulong b = 0) =>
        (Mix(a ^ Rotate(b, 23) ^ ((ulong)rule * 0xD6E8FEB86659FD93UL)) & ~0xFFUL) | (byte)rule;

    /// <summary>The rule a key belongs to.</summary>
    public static BlockingRule RuleOf(ulong key) => (BlockingRule)(key & 0xFF);

    private static ulong Rotate(ulong x, int by) => (x << by) | (x >> (64 - by));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
