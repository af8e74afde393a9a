using System.Text;
using Parley.Matching.Normalisation;
using Parley.Matching.Transliteration;

namespace Parley.Matching.Names;

/// <summary>
/// A lookup from any spelling of a known name — Cyrillic, or its romanisation under any registered
/// scheme, or a listed Latin form — to the ids it may stand for, in registration order.
/// </summary>
internal sealed class NameLexicon
{
    private readonly Dictionary<string, List<string>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _phonetic = new(StringComparer.Ordinal);

    /// <summary>Registers a Cyrillic form and all its romanisations.</summary>
    internal void AddCyrillic(string form, string id)
    {
        Add(_exact, Key(form), id);
        foreach (var scheme in Schemes.All)
        {
            var latin = scheme.Romanise(form);
            if (!ScriptDetector.ContainsCyrillic(latin))
            {
                Add(_exact, Key(latin), id);
            }
        }
        Add(_phonetic, NameKey.Phonetic(form), id);
    }

    /// <summary>Registers a Latin form as it is (no romanisation).</summary>
    internal void AddLatin(string form, string id)
    {
        Add(_exact, Key(form), id);
        Add(_phonetic, NameKey.Phonetic(form), id);
    }

    /// <summary>Ids whose spellings match <paramref name="name"/> exactly (after normalisation).</summary>
    internal IReadOnlyList<string> Exact(string name) =>
        _exact.TryGetValue(Key(name), out var ids) ? ids : [];

    /// <summary>Ids whose phonetic key equals the name's (a fallback for spellings no scheme produces).</summary>
    internal IReadOnlyList<string> Phonetic(string name) =>
        _phonetic.TryGetValue(NameKey.Phonetic(name), out var ids) ? ids : [];

    /// <summary>The normalised comparison form: NFKC, lower case, no apostrophes; ё → е in Cyrillic; no diacritics and ł → l in Latin.</summary>
    internal static string Key(string name)
    {
        var normalised = NameNormaliser.Normalise(name);
        if (ScriptDetector.ContainsCyrillic(normalised))
        {
            // Russian writes ё as е at will; every other Cyrillic letter is kept as it is.
            return normalised.Replace('ё', 'е').Replace("'", "", StringComparison.Ordinal);
        }
        var s = NameNormaliser.RemoveDiacritics(normalised);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\'':
                case '\u02EE':
                case '\u02BA':
                    break;
                case 'ł':
                    sb.Append('l');
                    break;
                case 'đ':
                    sb.Append('d');
                    break;
                case 'ø':
                    sb.Append('o');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string id)
    {
        if (key.Length == 0)
        {
            return;
        }
        if (!map.TryGetValue(key, out var ids))
        {
            map[key] = ids = [];
        }
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }
}
