using Parley.Evaluation.Data;

namespace Parley.Evaluation.Errors;

/// <summary>Letter groups confused in handwriting and OCR (и/й, ш/щ, rn/m, cl/d), both ways.</summary>
internal static class Confusables
{
    private static readonly (string Script, string One, string Other)[] Pairs =
        [.. DataFiles.Rows("confusables.tsv").Select(row => (row[0], DataFiles.Column(row, 1), DataFiles.Column(row, 2)))];

    /// <summary>Every (position, length, replacement) where the lower-case text holds a confusable group.</summary>
    public static List<(int Index, int Length, string Replacement)> Candidates(string lower, bool latin)
    {
        var script = latin ? "latin" : "cyrillic";
        var found = new List<(int, int, string)>();
        foreach (var (pairScript, one, other) in Pairs)
        {
            if (pairScript != script)
            {
                continue;
            }

            AddAll(found, lower, one, other);
            AddAll(found, lower, other, one);
        }

        return found;
    }

    private static void AddAll(List<(int, int, string)> found, string lower, string from, string to)
    {
        var index = lower.IndexOf(from, StringComparison.Ordinal);
        while (index >= 0)
        {
            found.Add((index, from.Length, to));
            index = lower.IndexOf(from, index + 1, StringComparison.Ordinal);
        }
    }
}
