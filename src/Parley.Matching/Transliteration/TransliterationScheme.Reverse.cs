using System.Globalization;
using System.Text;
using Parley.Matching.Normalisation;

namespace Parley.Matching.Transliteration;

public sealed partial class TransliterationScheme
{
    // Partial spellings kept per Latin position while back-mapping one word.
    private const int BeamWidth = 256;

    private readonly Dictionary<char, (string Latin, string Cyrillic)[]> _inverse;

    /// <inheritdoc />
    public IEnumerable<string> CyrillicCandidates(string latin) => CyrillicCandidates(latin, DefaultMaxCandidates);

    /// <summary>
    /// Back-maps <paramref name="latin"/> to at most <paramref name="maxCandidates"/> Cyrillic spellings,
    /// each of which this scheme romanises back to the input. Best-effort schemes compare without
    /// diacritics and apostrophes (so <c>Ozernyy</c> finds <c>Озёрный</c> under BGN/PCGN); letters the
    /// scheme omits (ь, the apostrophe) cannot be recovered and are not guessed.
    /// </summary>
    public IReadOnlyList<string> CyrillicCandidates(string latin, int maxCandidates)
    {
        Preconditions.CheckNotNull(latin, nameof(latin));
        Preconditions.CheckRange(maxCandidates, nameof(maxCandidates), 1, 1024);
        string text = latin.Normalize(NormalizationForm.FormC);

        var results = new List<StringBuilder> { new() };
        int i = 0;
        while (i < text.Length)
        {
            if (!IsLatinWordChar(text[i]))
            {
                results.ForEach(r => r.Append(text[i]));
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && IsLatinWordChar(text[i]))
            {
                i++;
            }
            string word = text[start..i];
            IReadOnlyList<string> words = WordCandidates(word);
            if (words.Count == 0)
            {
                return [];
            }
            var next = new List<StringBuilder>();
            foreach (StringBuilder prefix in results)
            {
                foreach (string w in words)
                {
                    if (next.Count == maxCandidates)
                    {
                        break;
                    }
                    next.Add(new StringBuilder(prefix.ToString()).Append(ApplyLatinCase(word, w)));
                }
            }
            results = next;
        }
        return results.Select(r => r.ToString()).Distinct(StringComparer.Ordinal).Take(maxCandidates).ToList();
    }

    private IReadOnlyList<string> WordCandidates(string word)
    {
        string target = FoldLatin(word);
        if (target.Length == 0)
        {
            return [word.ToLowerInvariant()];
        }
        var states = new List<string>[target.Length + 1];
        states[0] = [""];
        for (int pos = 0; pos < target.Length; pos++)
        {
            List<string>? here = states[pos];
            if (here is null)
            {
                continue;
            }
            bool matched = false;
            if (_inverse.TryGetValue(target[pos], out var entries))
            {
                foreach ((string lat, string cyr) in entries)
                {
                    if (pos + lat.Length > target.Length || string.CompareOrdinal(target, pos, lat, 0, lat.Length) != 0)
                    {
                        continue;
                    }
                    matched = true;
                    List<string> there = states[pos + lat.Length] ??= [];
                    foreach (string prefix in here)
                    {
                        if (there.Count >= BeamWidth)
                        {
                            break;
                        }
                        string candidate = prefix + cyr;
                        if (PrefixPlausible(candidate, target))
                        {
                            there.Add(candidate);
                        }
                    }
                }
            }
            if (!matched)
            {
                // A Latin letter the scheme never produces passes through, as Romanise would pass it.
                List<string> there = states[pos + 1] ??= [];
                there.AddRange(here.Select(p => p + target[pos]).Take(BeamWidth - there.Count));
            }
        }
        List<string> finals = states[target.Length] ?? [];
        return finals.Where(c => FoldLatin(Romanise(c)) == target).Distinct(StringComparer.Ordinal).ToList();
    }

    // Context rules can change the last letter or two once more text follows, so only the part
    // before them must already romanise to a prefix of the target.
    private bool PrefixPlausible(string candidate, string target)
    {
        int settled = candidate.Length - 2;
        if (settled <= 0)
        {
            return true;
        }
        string romanised = FoldLatin(Romanise(candidate[..settled]));
        return target.StartsWith(romanised, StringComparison.Ordinal);
    }

    private string FoldLatin(string latin)
    {
        string lower = latin.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (Reversibility == Reversibility.Exact)
        {
            return lower;
        }
        var sb = new StringBuilder(lower.Length);
        foreach (char c in NameNormaliser.RemoveDiacritics(lower))
        {
            if (!IsOmittedMark(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsOmittedMark(char c) =>
        NameNormaliser.IsApostrophe(c) || c is '\u02EE' or '\u02BA' or '\u00B7' or '\u201D' or '"';

    private static bool IsLatinWordChar(char c) =>
        char.IsLetter(c) || NameNormaliser.IsApostrophe(c) || c is '\u02EE' or '\u02BA'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string ApplyLatinCase(string latinWord, string cyrillic)
    {
        var letters = latinWord.Where(char.IsLetter).ToArray();
        if (letters.Length > 1 && letters.All(char.IsUpper))
        {
            return cyrillic.ToUpperInvariant();
        }
        if (letters.Length > 0 && char.IsUpper(letters[0]) && cyrillic.Length > 0)
        {
            return char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..];
        }
        return cyrillic;
    }

    private Dictionary<char, (string Latin, string Cyrillic)[]> BuildInverse(IEnumerable<TransliterationRule> rules) =>
        rules
            .Select(r => (Latin: FoldLatin(r.Latin), r.Cyrillic))
            .Where(e => e.Latin.Length > 0)
            .Distinct()
            .GroupBy(e => e.Latin[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Latin.Length).ToArray());
}
