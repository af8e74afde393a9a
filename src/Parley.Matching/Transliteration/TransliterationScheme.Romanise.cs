using System.Text;
using Parley.Matching.Normalisation;

namespace Parley.Matching.Transliteration;

public sealed partial class TransliterationScheme
{
    /// <inheritdoc />
    public string Romanise(string cyrillic)
    {
        Preconditions.CheckNotNull(cyrillic, nameof(cyrillic));
        var original = NameNormaliser.FoldApostrophes(cyrillic.Normalize(System.Text.NormalizationForm.FormC));
        var lower = original.ToLowerInvariant();
        var sb = new StringBuilder(original.Length + 8);
        var i = 0;
        while (i < lower.Length)
        {
            var rule = Match(lower, i);
            if (rule is null)
            {
                sb.Append(original[i]);
                i++;
                continue;
            }
            sb.Append(ApplyCase(original, i, rule.Latin));
            i += rule.Cyrillic.Length;
        }
        return sb.ToString();
    }

    private TransliterationRule? Match(string lower, int i)
    {
        if (!_rulesByFirstChar.TryGetValue(lower[i], out var candidates))
        {
            return null;
        }
        foreach (var rule in candidates)
        {
            if (rule.Applies(lower, i))
            {
                return rule;
            }
        }
        return null;
    }

    /// <summary>
    /// Upper-case source gives "Shch" inside mixed-case words and "SHCH" inside all-capital words.
    /// </summary>
    private static string ApplyCase(string original, int i, string latin)
    {
        var c = original[i];
        if (latin.Length == 0 || !char.IsUpper(c))
        {
            return latin;
        }
        if (IsAllCapsWord(original, i))
        {
            return latin.ToUpperInvariant();
        }
        return char.ToUpperInvariant(latin[0]) + latin[1..];
    }

    private static bool IsAllCapsWord(string s, int i)
    {
        int start = i, end = i;
        while (start > 0 && RuleCondition.IsWordChar(s[start - 1]))
        {
            start--;
        }
        while (end + 1 < s.Length && RuleCondition.IsWordChar(s[end + 1]))
        {
            end++;
        }
        var letters = 0;
        for (var j = start; j <= end; j++)
        {
            if (char.IsLetter(s[j]))
            {
                letters++;
                if (char.IsLower(s[j]))
                {
                    return false;
                }
            }
        }
        return letters > 1;
    }
}
