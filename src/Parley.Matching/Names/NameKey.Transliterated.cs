using System.Text;
using Parley.Matching.Normalisation;
using Parley.Matching.Transliteration;

namespace Parley.Matching.Names;

public static partial class NameKey
{
    // Vowel spellings of the schemes, longest first: iotated vowels (я ю є ё, and Ukrainian ї) in every scheme's
    // spelling, then single vowels; y is и, ы or і as a vowel.
    private static readonly (string Spelling, char Class)[] VowelUnits =
    [
        ("iou", 'u'),
        ("yo", 'o'), ("jo", 'o'), ("io", 'o'),
        ("ya", 'a'), ("ja", 'a'), ("ia", 'a'),
        ("yu", 'u'), ("ju", 'u'), ("iu", 'u'), ("ou", 'u'),
        ("ye", 'e'), ("je", 'e'), ("ie", 'e'),
        ("yi", 'i'), ("ji", 'i'),
        ("a", 'a'), ("e", 'e'), ("i", 'i'), ("y", 'i'), ("o", 'o'), ("u", 'u'),
    ];

    /// <summary>
    /// The name as the schemes agree on it, vowels included: consonants in <see cref="Phonetic"/>'s classes, vowels in
    /// five classes (a, e, i, o, u; iotated vowels as their vowel), й and every glide after a vowel dropped, repeats
    /// collapsed. Олійник, Oliinyk, Olijnyk, Olìjnik and Олийнык (letter for letter in Russian letters) all give
    /// <c>alinik</c>; the Russian form Олейник gives <c>aleinik</c>: the same name after transliteration, as against
    /// the same name in another language's form (which only <see cref="Phonetic"/> keys together).
    /// </summary>
    public static string Transliterated(string anyScriptName)
    {
        Preconditions.CheckNotNull(anyScriptName, nameof(anyScriptName));
        return string.Join(' ', Words(anyScriptName).Select(TransliteratedWord).Where(k => k.Length > 0));
    }

    private static string TransliteratedWord(string word)
    {
        var latin = ScriptDetector.ContainsCyrillic(word) ? Schemes.RussianIcao9303.Romanise(word) : word;
        var frenchJ = LooksFrench(latin.ToLowerInvariant());
        latin = PreFold(latin.ToLowerInvariant());
        var key = new StringBuilder(latin.Length);
        var last = '\0';
        var afterVowel = false;
        var i = 0;
        while (i < latin.Length)
        {
            if (frenchJ && latin[i] == 'j')
            {
                Append('x');
                afterVowel = false;
                i++;
                continue;
            }
            if (latin[i] == 'u' && i > 0 && latin[i - 1] == 'g' && i + 1 < latin.Length && latin[i + 1] is 'e' or 'i')
            {
                // French gu before e and i is a hard g (Sergueï), not a vowel.
                i++;
                continue;
            }
            if (afterVowel && latin[i] is 'i' or 'y' or 'j' && !StartsVowelUnit(latin, i + 1))
            {
                // й after a vowel, however a scheme spells it (ei, ey, ej): a glide, not a vowel of its own.
                i++;
                continue;
            }
            if (MatchVowel(latin, i) is (var vowel, var vowelLength) && vowelLength > 0)
            {
                Append(vowel);
                afterVowel = true;
                i += vowelLength;
                continue;
            }
            var matched = false;
            foreach ((var spelling, var cls) in UnitsAt(latin, i))
            {
                if (string.CompareOrdinal(latin, i, spelling, 0, spelling.Length) == 0)
                {
                    foreach (var c in cls)
                    {
                        Append(c);
                    }
                    i += spelling.Length;
                    matched = true;
                    break;
                }
            }
            if (!matched)
            {
                // j before a consonant or at the end, and marks this key does not know: dropped.
                i++;
            }
            afterVowel = false;
        }
        return key.ToString();

        void Append(char c)
        {
            if (c != last)
            {
                key.Append(c);
            }
            last = c;
        }
    }

    private static (char Class, int Length) MatchVowel(string latin, int at)
    {
        foreach ((var spelling, var cls) in VowelUnits)
        {
            if (string.CompareOrdinal(latin, at, spelling, 0, spelling.Length) == 0)
            {
                return (cls, spelling.Length);
            }
        }
        return ('\0', 0);
    }

    private static bool StartsVowelUnit(string latin, int at) => at < latin.Length && "aeiouy".Contains(latin[at]);
}
