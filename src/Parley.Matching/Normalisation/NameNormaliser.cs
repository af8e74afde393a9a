using System.Globalization;
using System.Text;

namespace Parley.Matching.Normalisation;

/// <summary>
/// Puts a name into the one form that comparisons use: Unicode NFKC, lower case, one apostrophe,
/// one hyphen, single spaces, and no stray punctuation. Each step is also available on its own.
/// </summary>
/// <remarks>
/// Normalisation is lossy by design (ISO 9's soft sign <c>ʹ</c> becomes an apostrophe, for example);
/// romanise or back-map from the original text, and normalise only for comparison.
/// Unicode forms: https://unicode.org/reports/tr15/.
/// </remarks>
public static class NameNormaliser
{
    /// <summary>The one apostrophe every variant is folded to (U+0027).</summary>
    public const char Apostrophe = '\'';

    /// <summary>The one hyphen every dash variant is folded to (U+002D).</summary>
    public const char Hyphen = '-';

    // ’ ' ʼ ` ′ ‘ ʹ ´ ʻ ＇ ‛
    private const string ApostropheVariants = "\u2019\u0027\u02BC\u0060\u2032\u2018\u02B9\u00B4\u02BB\uFF07\u201B";

    // ‐ ‑ ‒ – — ― − ﹘ ﹣ － ­(soft hyphen is removed, not folded)
    private const string DashVariants = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    /// <summary>The full pipeline: apostrophes, NFKC, dashes, case, punctuation, whitespace.</summary>
    public static string Normalise(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (IsPlain(name))
        {
            // Letters of the basic Latin and Cyrillic blocks and single inner spaces: every step but case is the identity.
            return FoldCase(name);
        }
        var s = FoldApostrophes(name);
        s = Nfkc(s);
        s = FoldDashes(s);
        s = FoldCase(s);
        s = RemoveStrayPunctuation(s);
        return CollapseWhitespace(s);
    }

    /// <summary>Unicode canonical composition (NFC).</summary>
    public static string Nfc(string text) =>
        Preconditions.CheckNotNull(text, nameof(text)).Normalize(NormalizationForm.FormC);

    /// <summary>Unicode compatibility composition (NFKC): ligatures, full-width and styled letters become plain ones.</summary>
    public static string Nfkc(string text) =>
        Preconditions.CheckNotNull(text, nameof(text)).Normalize(NormalizationForm.FormKC);

    /// <summary>Simple case folding to lower case, independent of the current culture.</summary>
    public static string FoldCase(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var lower = text.ToLowerInvariant();
        return lower.Contains('ß') ? lower.Replace("ß", "ss", StringComparison.Ordinal) : lower;
    }

    /// <summary>Every apostrophe-like mark (’ ' ʼ ` ′ ‘ ʹ ´ ʻ) becomes <see cref="Apostrophe"/>.</summary>
    public static string FoldApostrophes(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (text.AsSpan().IndexOfAny(ApostropheVariants) < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(IsApostrophe(c) ? Apostrophe : c);
        }
        return sb.ToString();
    }

    /// <summary>Every hyphen or dash variant becomes <see cref="Hyphen"/>; soft hyphens are removed.</summary>
    public static string FoldDashes(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\u00AD')
            {
                continue;
            }
            sb.Append(DashVariants.Contains(c) ? Hyphen : c);
        }
        return sb.ToString();
    }

    /// <summary>Runs of any Unicode whitespace become one space; leading and trailing space is removed.</summary>
    public static string CollapseWhitespace(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Keeps letters, digits, combining marks, and apostrophes and hyphens that stand between two
    /// letters (Знам'янка, Ганна-Марія); every other character becomes a space. Spaces around a
    /// hyphen are dropped first, so "Ганна - Марія" keeps its hyphen.
    /// </summary>
    public static string RemoveStrayPunctuation(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var s = FoldApostrophes(text);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (IsWordChar(c))
            {
                sb.Append(c);
            }
            else if (c == Apostrophe || c == Hyphen)
            {
                var letterBefore = PreviousNonSpace(s, i, allowSpace: c == Hyphen) is { } p && IsWordChar(p);
                var letterAfter = NextNonSpace(s, i, allowSpace: c == Hyphen) is { } n && IsWordChar(n);
                if (letterBefore && letterAfter)
                {
                    TrimTrailingSpaces(sb);
                    sb.Append(c);
                    while (c == Hyphen && i + 1 < s.Length && char.IsWhiteSpace(s[i + 1]))
                    {
                        i++;
                    }
                }
                else
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(char.IsWhiteSpace(c) ? c : ' ');
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// True if <paramref name="text"/> is only letters of basic Latin (a–z, A–Z) and Cyrillic without combining forms
    /// (U+0400–U+045F), words separated by single spaces: text the full pipeline would only lower-case.
    /// </summary>
    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var letter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '\u0400' and <= '\u045F');
            if (!letter && !(c == ' ' && text[i - 1] != ' '))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True for every character folded by <see cref="FoldApostrophes"/>.</summary>
    public static bool IsApostrophe(char c) => ApostropheVariants.Contains(c);

    /// <summary>Removes diacritics (NFD, drop non-spacing marks, NFC): <c>š</c> → <c>s</c>, <c>ï</c> → <c>i</c>. Letters such as <c>ł</c> without a decomposition stay.</summary>
    public static string RemoveDiacritics(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }
        var d = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static char? PreviousNonSpace(string s, int i, bool allowSpace)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (allowSpace && s[j] == ' ')
            {
                continue;
            }
            return s[j];
        }
        return null;
    }

    private static char? NextNonSpace(string s, int i, bool allowSpace)
    {
        for (var j = i + 1; j < s.Length; j++)
        {
            if (allowSpace && s[j] == ' ')
            {
                continue;
            }
            return s[j];
        }
        return null;
    }

    private static void TrimTrailingSpaces(StringBuilder sb)
    {
        while (sb.Length > 0 && char.IsWhiteSpace(sb[^1]))
        {
            sb.Length--;
        }
    }
}
