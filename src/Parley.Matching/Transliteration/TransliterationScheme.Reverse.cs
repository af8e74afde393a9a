using System.Globalization;
using System.Text;
using Parley.Matching.Normalisation;

namespace Parley.Matching.Transliteration;

public sealed partial class TransliterationScheme
{
    // Partial spellings kept per Latin position while back-mapping one word.
    private const int BeamWidth = 512;

    // Letters a scheme drops (ь, ъ, the apostrophe) may be restored at most this often per word.
    private const int MaxRestoredOmissions = 2;

    private const string UkrainianOnly = "іїєґ'";
    private const string RussianOnly = "ыэъё";

    private Inverse? _exactInverse;
    private Inverse? _foldedInverse;

    /// <inheritdoc />
    public IEnumerable<string> CyrillicCandidates(string latin) => CyrillicCandidates(latin, DefaultMaxCandidates);

    /// <summary>
    /// Back-maps <paramref name="latin"/> to at most <paramref name="maxCandidates"/> Cyrillic spellings,
    /// each of which this scheme romanises back to the input, the likeliest first (letters listed
    /// first in the table for a spelling are preferred; spellings mixing Ukrainian-only and
    /// Russian-only letters come last). Letters the scheme drops (ь, ъ, the apostrophe) are restored
    /// where the result still romanises to the input. Best-effort schemes first compare exactly and,
    /// if nothing matches, again without diacritics and apostrophes (so <c>Ozernyy</c> finds
    /// <c>Озёрный</c> under BGN/PCGN).
    /// </summary>
    public IReadOnlyList<string> CyrillicCandidates(string latin, int maxCandidates)
    {
        Preconditions.CheckNotNull(latin, nameof(latin));
        Preconditions.CheckRange(maxCandidates, 1, 1024, nameof(maxCandidates));
        var text = latin.Normalize(NormalizationForm.FormC);

        var results = new List<string> { "" };
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLatinWordChar(text[i]))
            {
                var separator = text[i];
                results = results.Select(r => r + separator).ToList();
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsLatinWordChar(text[i]))
            {
                i++;
            }
            var word = text[start..i];
            var words = Reversibility == Reversibility.Exact
                ? [ExactInverse(word)]
                : HasMarks
                    ? WordCandidates(word, folded: false).Concat(WordCandidates(word, folded: true)).Distinct(StringComparer.Ordinal).ToList()
                    : WordCandidates(word, folded: false);
            if (words.Count == 0)
            {
                return [];
            }
            results = results
                .SelectMany(prefix => words.Select(w => prefix + ApplyLatinCase(word, w)))
                .Take(maxCandidates)
                .ToList();
        }
        return results.Distinct(StringComparer.Ordinal).Take(maxCandidates).ToList();
    }

    // A one-to-one table is undone by reading the longest Latin spelling at each position.
    private string ExactInverse(string word)
    {
        var inverse = _exactInverse ??= BuildInverse(folded: false);
        var target = Fold(word, folded: false);
        var sb = new StringBuilder(target.Length);
        var pos = 0;
        while (pos < target.Length)
        {
            var entry = inverse.BySpelling.TryGetValue(target[pos], out var entries)
                ? entries.FirstOrDefault(e => pos + e.Latin.Length <= target.Length && string.CompareOrdinal(target, pos, e.Latin, 0, e.Latin.Length) == 0)
                : null;
            sb.Append(entry?.Cyrillic ?? target[pos].ToString());
            pos += entry?.Latin.Length ?? 1;
        }
        return sb.ToString();
    }

    private IReadOnlyList<string> WordCandidates(string word, bool folded)
    {
        var inverse = folded
            ? _foldedInverse ??= BuildInverse(folded: true)
            : _exactInverse ??= BuildInverse(folded: false);
        var target = Fold(word, folded);
        if (target.Length == 0)
        {
            return [word.ToLowerInvariant()];
        }
        var states = new List<State>?[target.Length + 1];
        states[0] = [new State("", 0, 0)];
        for (var pos = 0; pos <= target.Length; pos++)
        {
            var here = states[pos];
            if (here is null)
            {
                continue;
            }
            RestoreOmissions(here, inverse, target, folded);
            if (here.Count > BeamWidth)
            {
                here.Sort((a, b) => a.Penalty.CompareTo(b.Penalty));
                here.RemoveRange(BeamWidth, here.Count - BeamWidth);
            }
            if (pos == target.Length)
            {
                break;
            }
            var matched = false;
            if (inverse.BySpelling.TryGetValue(target[pos], out var entries))
            {
                foreach (var entry in entries)
                {
                    if (pos + entry.Latin.Length > target.Length || string.CompareOrdinal(target, pos, entry.Latin, 0, entry.Latin.Length) != 0)
                    {
                        continue;
                    }
                    matched = true;
                    var there = states[pos + entry.Latin.Length] ??= [];
                    foreach (var s in here)
                    {
                        var next = new State(s.Cyrillic + entry.Cyrillic, s.Penalty + entry.Rank, s.Omissions);
                        if (PrefixPlausible(next.Cyrillic, target, folded))
                        {
                            there.Add(next);
                        }
                    }
                }
            }
            if (!matched)
            {
                // A Latin letter the scheme never produces passes through, as Romanise would pass it.
                (states[pos + 1] ??= []).AddRange(here.Select(s => s with { Cyrillic = s.Cyrillic + target[pos] }));
            }
        }
        return (states[target.Length] ?? [])
            .Where(s => Fold(Romanise(s.Cyrillic), folded) == target)
            .Select(s => s with { Penalty = s.Penalty + (MixesLanguages(s.Cyrillic) ? 50 : 0) })
            .OrderBy(s => s.Penalty)
            .Select(s => s.Cyrillic)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private void RestoreOmissions(List<State> here, Inverse inverse, string target, bool folded)
    {
        if (inverse.Omitted.Length == 0)
        {
            return;
        }
        var count = here.Count;
        for (var k = 0; k < count; k++)
        {
            var s = here[k];
            if (s.Cyrillic.Length == 0 || s.Omissions >= MaxRestoredOmissions)
            {
                continue;
            }
            foreach (var omitted in inverse.Omitted)
            {
                // The signs and the apostrophe only ever follow a consonant; a dropped й (German
                // and French -ий) follows a vowel.
                var isSign = omitted is 'ь' or 'ъ' or '\'';
                if (IsCyrillicConsonant(s.Cyrillic[^1]) != isSign)
                {
                    continue;
                }
                var next = new State(s.Cyrillic + omitted, s.Penalty + 3, s.Omissions + 1);
                if (PrefixPlausible(next.Cyrillic, target, folded))
                {
                    here.Add(next);
                }
            }
        }
    }

    // Only the output of the last rule can still change once more text follows (context rules look
    // one letter ahead), so everything before it must already spell a prefix of the target.
    private bool PrefixPlausible(string candidate, string target, bool folded)
    {
        var sb = new StringBuilder();
        var lastOutput = "";
        var i = 0;
        while (i < candidate.Length)
        {
            sb.Append(lastOutput);
            var rule = Match(candidate, i);
            lastOutput = rule?.Latin ?? candidate[i].ToString();
            i += rule?.Cyrillic.Length ?? 1;
        }
        return target.StartsWith(Fold(sb.ToString(), folded), StringComparison.Ordinal);
    }

    private static string Fold(string latin, bool folded)
    {
        var lower = latin.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (!folded)
        {
            return lower;
        }
        var sb = new StringBuilder(lower.Length);
        foreach (var c in NameNormaliser.RemoveDiacritics(lower))
        {
            if (!IsOmittedMark(c))
            {
                sb.Append(c == 'ł' ? 'l' : c);
            }
        }
        return sb.ToString();
    }

    // True when the table writes diacritics or marks, so input typed without them needs a second, folded pass.
    private bool HasMarks => _hasMarks ??= _rules.Any(r => Fold(r.Latin, folded: true) != Fold(r.Latin, folded: false));

    private bool? _hasMarks;

    private static bool IsCyrillicConsonant(char c) => "бвгґджзйклмнпрстфхцчшщ".Contains(char.ToLowerInvariant(c));

    private static bool MixesLanguages(string cyrillic) =>
        cyrillic.AsSpan().IndexOfAny(UkrainianOnly) >= 0 && cyrillic.AsSpan().IndexOfAny(RussianOnly) >= 0;

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

    private Inverse BuildInverse(bool folded)
    {
        var entries = new List<InverseEntry>();
        var rankBySpelling = new Dictionary<string, int>(StringComparer.Ordinal);
        var omitted = new List<char>();
        foreach (var rule in _rules)
        {
            var latin = Fold(rule.Latin, folded);
            if (latin.Length == 0)
            {
                if (rule.Cyrillic.Length == 1 && !omitted.Contains(rule.Cyrillic[0]))
                {
                    omitted.Add(rule.Cyrillic[0]);
                }
                continue;
            }
            if (entries.Any(e => e.Latin == latin && e.Cyrillic == rule.Cyrillic))
            {
                continue;
            }
            var rank = rankBySpelling.GetValueOrDefault(latin);
            rankBySpelling[latin] = rank + 1;
            entries.Add(new InverseEntry(latin, rule.Cyrillic, rank));
        }
        var bySpelling = entries
            .GroupBy(e => e.Latin[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Latin.Length).ThenBy(e => e.Rank).ToArray());
        return new Inverse(bySpelling, [.. omitted]);
    }

    private sealed record Inverse(Dictionary<char, InverseEntry[]> BySpelling, char[] Omitted);

    private sealed record InverseEntry(string Latin, string Cyrillic, int Rank);

    private readonly record struct State(string Cyrillic, int Penalty, int Omissions);
}
