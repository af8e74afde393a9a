using L = Parley.Matching.Scoring.ComparisonLevels;

namespace Parley.Matching.Scoring;

public static partial class Comparer
{
    private const double CloseName = 0.92;
    private const double SimilarName = 0.80;
    private const double CloseWord = 0.88;
    private const double SimilarWord = 0.75;

    internal static int Surname(NameReading a, NameReading b)
    {
        if (!Comparable(a) || !Comparable(b))
        {
            return L.Missing;
        }
        if (a.Latin == b.Latin)
        {
            return L.Surname.Exact;
        }
        if (a.Transliterated.Length > 0 && a.Transliterated == b.Transliterated)
        {
            return L.Surname.Transliterated;
        }
        if (ShareAny(a.Keys, b.Keys))
        {
            return L.Surname.Phonetic;
        }
        if (ShareAny(a.PartKeys, b.Keys) || ShareAny(a.Keys, b.PartKeys) || ShareAny(a.PartKeys, b.PartKeys))
        {
            return L.Surname.Part;
        }
        if (KeysOneEditApart(a, b) || PartOneEditApart(a, b) || PartOneEditApart(b, a))
        {
            return L.Surname.Close;
        }
        var jw = Math.Max(Similarity(a, b), a.Keys.Length > 0 && b.Keys.Length > 0 ? JaroWinkler.Similarity(a.Keys[0], b.Keys[0]) : 0);
        return jw >= CloseName ? L.Surname.Close : jw >= SimilarName ? L.Surname.Similar : L.Surname.Different;
    }

    internal static int Given(NameReading a, NameReading b)
    {
        if (!Comparable(a) || !Comparable(b))
        {
            return L.Missing;
        }
        if (a.Initial != '\0' || b.Initial != '\0')
        {
            return a.Latin[0] == b.Latin[0] ? L.Given.Initial : L.Given.Different;
        }
        if (a.Latin == b.Latin)
        {
            return L.Given.Exact;
        }
        if (a.Transliterated.Length > 0 && a.Transliterated == b.Transliterated)
        {
            return L.Given.Transliterated;
        }
        if (a.GivenId is not null && (a.GivenId == b.GivenId || ShareAny(a.GivenIds, b.GivenIds)))
        {
            return L.Given.SameName;
        }
        var alike = ShareAny(a.Keys, b.Keys);
        var similarity = Similarity(a, b);
        var close = alike || KeysOneEditApart(a, b) || similarity >= CloseWord;
        if (a.GivenIdIsExact && b.GivenIdIsExact)
        {
            // Two names the lexicon knows, and they differ: spelt alike (Олександр, Олександра) they are still two names.
            return close ? L.Given.OtherNameAlike : L.Given.Different;
        }
        return alike ? L.Given.Phonetic : close ? L.Given.Close : similarity >= SimilarWord ? L.Given.Similar : L.Given.Different;
    }

    internal static int Patronymic(NameReading a, NameReading b)
    {
        if (!Comparable(a) || !Comparable(b))
        {
            return L.Missing;
        }
        if (a.Initial != '\0' || b.Initial != '\0')
        {
            return a.Latin[0] == b.Latin[0] ? L.Patronymic.Initial : L.Patronymic.Different;
        }
        if (a.Latin == b.Latin)
        {
            return L.Patronymic.Exact;
        }
        if (a.Patronymic is { } x && b.Patronymic is { } y)
        {
            if (x.FatherId != y.FatherId)
            {
                return L.Patronymic.Different;
            }
            return x.Gender == y.Gender || x.Gender == Names.Gender.Unknown || y.Gender == Names.Gender.Unknown
                ? L.Patronymic.Same
                : L.Patronymic.OtherGender;
        }
        return ShareAny(a.Keys, b.Keys) || KeysOneEditApart(a, b) || JaroWinkler.Similarity(a.Latin, b.Latin) >= CloseWord
            ? L.Patronymic.Close
            : L.Patronymic.Different;
    }

    /// <summary>
    /// Jaro–Winkler similarity (Winkler 1990) of the two spellings, taken on the Latin forms and on the transliteration
    /// keys (which do not depend on the scheme), whichever is higher.
    /// </summary>
    private static double Similarity(NameReading a, NameReading b) => Math.Max(
        JaroWinkler.Similarity(a.Latin, b.Latin),
        a.Transliterated.Length > 0 && b.Transliterated.Length > 0 ? JaroWinkler.Similarity(a.Transliterated, b.Transliterated) : 0);

    /// <summary>Present and readable: a name in letters the engine cannot read compares as missing.</summary>
    private static bool Comparable(NameReading name) => !name.IsMissing && !name.IsUnreadable;

    private static bool ShareAny(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// A part of <paramref name="a"/>'s double surname one letter class from <paramref name="b"/>'s key as written: one
    /// part written alone, with a typo (Shukga for Гавриш-Шульга).
    /// </summary>
    private static bool PartOneEditApart(NameReading a, NameReading b)
    {
        if (a.PartKeys.Length == 0 || b.Keys.Length == 0 || b.Keys[0].Length < 3)
        {
            return false;
        }
        foreach (var part in a.PartKeys)
        {
            if (part.Length >= 3 && WithinOneEdit(part, b.Keys[0]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The phonetic keys as written, one letter class apart (a typo that changed a consonant).</summary>
    private static bool KeysOneEditApart(NameReading a, NameReading b)
    {
        if (a.Keys.Length == 0 || b.Keys.Length == 0)
        {
            return false;
        }
        string x = a.Keys[0], y = b.Keys[0];
        return x.Length >= 3 && y.Length >= 3 && WithinOneEdit(x, y);
    }
}
