using System.Text;
using Parley.Matching.Normalisation;
using Parley.Matching.Transliteration;

namespace Parley.Matching.Names;

/// <summary>
/// A compact phonetic key for blocking that survives script and romanisation scheme: Шевченко,
/// Shevchenko, Schewtschenko, Chevtchenko, Szewczenko and Ševčenko all give <c>xvxnk</c>.
/// </summary>
/// <remarks>
/// Cyrillic is first romanised with ICAO Doc 9303 (the canonical simplified scheme). Latin is then
/// read into sound classes, longest spelling first, so that every scheme's spelling of one Cyrillic
/// letter lands in one class:
/// <list type="bullet">
/// <item><c>x</c>: г ґ х ж ч ш щ — g h kh ch gh zh sh sch tsch tch cz sz szcz shch č š ž ŝ ż, and j in a
///   spelling that looks French (Joukov)
///   (the schemes spell these so differently, and so overlap — ch is ч in English, ш in French and
///   х in German and Polish; h is Ukrainian г and ISO 9's х — that only one class keeps them together);</item>
/// <item><c>s</c>: з с ц — s z c ts tz ss ś ź ć (German z is ц and s is з);</item>
/// <item><c>k</c>: k q, <c>v</c>: v w, x is <c>ks</c>, and b p d t f l m n r as themselves (ł ń fold);</item>
/// <item>vowels and glides (a e i o u y j ï ë ê â û ou …), the soft and hard signs and apostrophes are
///   dropped, except that a name starting with a vowel sound keeps one <c>a</c>.</item>
/// </list>
/// Repeated classes collapse (нн, ss, ття). Words are keyed separately. <see cref="Of"/> also maps
/// known given names to their canonical id (so Микола and Nicolas agree) and sorts the words so the
/// order of surname and given name does not matter.
/// </remarks>
public static partial class NameKey
{
    // Stands for č š ž ŝ ż while diacritics are stripped from the other letters.
    private const string PostalveolarMark = "\u0001";

    private static readonly (string Spelling, string Classes)[] LatinUnits = BuildUnits();

    // LatinUnits by their first character (all are ASCII), longest first: a name is read unit by unit, so each
    // position tries only the units that can start there.
    private static readonly (string Spelling, string Classes)[][] UnitsByFirst = [.. Enumerable.Range(0, 128)
        .Select(c => LatinUnits.Where(u => u.Spelling[0] == c).ToArray())];

    /// <summary>
    /// The blocking key of a full or partial name in any script: per word, <c>=id</c> for a known
    /// given name or patronymic, otherwise its <see cref="Phonetic"/> key; words sorted, space-joined.
    /// </summary>
    public static string Of(string anyScriptName)
    {
        Preconditions.CheckNotNull(anyScriptName, nameof(anyScriptName));
        var words = Words(anyScriptName)
            .Select(w => GivenNames.Candidates(w) is { Count: > 0 } ids
                ? "=" + ids[0]
                : Patronymics.Parse(w) is { } p ? "=" + p.FatherId + "~" : PhoneticWord(w, Reading.Usual))
            .Where(k => k.Length > 0)
            .Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>The purely phonetic key, word by word in the given order (no name knowledge).</summary>
    public static string Phonetic(string anyScriptName)
    {
        Preconditions.CheckNotNull(anyScriptName, nameof(anyScriptName));
        return string.Join(' ', Words(anyScriptName).Select(w => PhoneticWord(w, Reading.Usual)).Where(k => k.Length > 0));
    }

    /// <summary>
    /// <see cref="Phonetic"/> first, then the key under the other reading of the Latin spellings that two schemes
    /// read differently, if the name has any: GOST 7.79 system B and the scholarly transliteration write х as
    /// <c>x</c> (everywhere else <c>x</c> is кс: Alexandr, Maxim), and system B writes ц as <c>cz</c> (Polish
    /// <c>cz</c> is ч): BRICZKIJ is Брицкий, Xarchenko is Харченко.
    /// </summary>
    public static IReadOnlyList<string> PhoneticVariants(string anyScriptName)
    {
        Preconditions.CheckNotNull(anyScriptName, nameof(anyScriptName));
        var usual = Phonetic(anyScriptName);
        var lower = anyScriptName.ToLowerInvariant();
        if (ScriptDetector.ContainsCyrillic(anyScriptName) || !(lower.Contains('x') || lower.Contains("cz", StringComparison.Ordinal)))
        {
            return [usual];
        }
        var gost = string.Join(' ', Words(anyScriptName).Select(w => PhoneticWord(w, Reading.GostB)).Where(k => k.Length > 0));
        return gost == usual ? [usual] : [usual, gost];
    }

    private static IEnumerable<string> Words(string name) =>
        NameNormaliser.Normalise(name).Split([' ', NameNormaliser.Hyphen], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Which way to read the Latin spellings that schemes disagree on (see <see cref="PhoneticVariants"/>).</summary>
    private enum Reading
    {
        /// <summary><c>x</c> is кс, <c>cz</c> is ч.</summary>
        Usual,

        /// <summary>GOST 7.79 system B: <c>x</c> is х, <c>cz</c> is ц.</summary>
        GostB,
    }

    private static string PhoneticWord(string word, Reading reading)
    {
        var latin = ScriptDetector.ContainsCyrillic(word) ? Schemes.RussianIcao9303.Romanise(word) : word;
        var frenchJ = LooksFrench(latin.ToLowerInvariant());
        latin = PreFold(latin.ToLowerInvariant());
        if (reading == Reading.GostB)
        {
            latin = latin.Replace("cz", "c", StringComparison.Ordinal).Replace("x", "h", StringComparison.Ordinal);
        }
        var key = new StringBuilder(latin.Length);
        var first = true;
        var last = '\0';
        var i = 0;
        while (i < latin.Length)
        {
            var classes = "";
            var length = 1;
            foreach ((var spelling, var cls) in UnitsAt(latin, i))
            {
                if (string.CompareOrdinal(latin, i, spelling, 0, spelling.Length) == 0)
                {
                    classes = cls;
                    length = spelling.Length;
                    break;
                }
            }
            if (frenchJ && latin[i] == 'j')
            {
                classes = "x";
            }
            if (classes.Length == 0 && !IsVowel(latin[i]))
            {
                // Not a sound this key knows (digits, stray marks): ignored, as vowels are.
                i += length;
                continue;
            }
            if (classes.Length == 0)
            {
                if (first)
                {
                    key.Append('a');
                }
                last = '\0';
            }
            foreach (var c in classes)
            {
                if (c != last)
                {
                    key.Append(c);
                }
                last = c;
            }
            first = false;
            i += length;
        }
        return key.ToString();
    }

    private static (string Spelling, string Classes)[] UnitsAt(string latin, int i) =>
        latin[i] < 128 ? UnitsByFirst[latin[i]] : [];

    // Letters that carry their own class are read before diacritics are stripped from the rest.
    private static string PreFold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormC))
        {
            sb.Append(c switch
            {
                'č' or 'š' or 'ž' or 'ŝ' or 'ż' => PostalveolarMark,
                'ś' or 'ź' or 'ć' => "s",
                'ł' => "l",
                'ń' => "n",
                'ß' => "ss",
                'ʹ' or 'ʺ' or 'ˮ' or '\'' or '´' or '’' or 'ʼ' => "",
                _ => c.ToString(),
            });
        }
        return NameNormaliser.RemoveDiacritics(sb.ToString());
    }

    // French writes ж as j, every other scheme uses j for a glide (й, je, ja); a French spelling
    // shows itself by ou, tch, kh or ï and by the absence of German and Polish w, sch, sz and cz.
    private static bool LooksFrench(string lower) =>
        (lower.Contains("ou", StringComparison.Ordinal) || lower.Contains("tch", StringComparison.Ordinal)
            || lower.Contains("kh", StringComparison.Ordinal) || lower.Contains('ï'))
        && !lower.Contains('w') && !lower.Contains("sch", StringComparison.Ordinal)
        && !lower.Contains("sz", StringComparison.Ordinal) && !lower.Contains("cz", StringComparison.Ordinal);

    private static bool IsVowel(char c) => "aeiouyj".Contains(c);

    private static (string, string)[] BuildUnits()
    {
        var units = new List<(string, string)>
        {
            ("tsch", "x"), ("shch", "x"), ("szcz", "x"),
            ("sch", "x"), ("tch", "x"),
            ("kh", "x"), ("zh", "x"), ("sh", "x"), ("ch", "x"), ("cz", "x"), ("sz", "x"), ("gh", "x"),
            ("ts", "s"), ("tz", "s"), ("ph", "f"),
            (PostalveolarMark, "x"), ("g", "x"), ("h", "x"),
            ("s", "s"), ("z", "s"), ("c", "s"),
            ("k", "k"), ("q", "k"), ("x", "ks"),
            ("v", "v"), ("w", "v"),
            ("b", "b"), ("p", "p"), ("d", "d"), ("t", "t"), ("f", "f"),
            ("l", "l"), ("m", "m"), ("n", "n"), ("r", "r"),
        };
        return [.. units.OrderByDescending(u => u.Item1.Length)];
    }
}
