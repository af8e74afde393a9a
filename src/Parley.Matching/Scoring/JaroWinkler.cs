namespace Parley.Matching.Scoring;

/// <summary>
/// Jaro–Winkler similarity (Winkler 1990, "String Comparator Metrics and Enhanced Decision Rules in the
/// Fellegi–Sunter Model of Record Linkage"): 1 for equal strings, 0 for nothing in common, with a bonus of
/// 0.1 per character of a common prefix up to four. Allocation-free for strings up to 256 characters.
/// </summary>
public static class JaroWinkler
{
    private const double PrefixScale = 0.1;
    private const int MaxPrefix = 4;

    /// <summary>The similarity of <paramref name="a"/> and <paramref name="b"/>, between 0 and 1.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }
        if (a.SequenceEqual(b))
        {
            return 1;
        }
        var jaro = Jaro(a, b);
        var prefix = 0;
        var limit = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }
        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    private static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var aMatched = a.Length <= 256 ? stackalloc bool[a.Length] : new bool[a.Length];
        var bMatched = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0)
        {
            return 0;
        }
        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }
            while (!bMatched[k])
            {
                k++;
            }
            if (a[i] != b[k])
            {
                transpositions++;
            }
            k++;
        }
        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }
}
