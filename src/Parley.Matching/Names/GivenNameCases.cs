namespace Parley.Matching.Names;

/// <summary>
/// The nominative forms a given name written in another case may come from, for names copied out of orders and
/// letters ("наказ ... Шевченка Миколи", "Олейнику Анатолию"): the Ukrainian and Russian case endings of masculine and
/// feminine given names (genitive, dative, accusative, instrumental, locative), taken off and replaced by the
/// nominative endings they may stand for; the Latin spellings of the same endings likewise. A caller keeps the first
/// form the lexicon knows.
/// </summary>
internal static class GivenNameCases
{
    // Longest first: an ending is tried before the endings it ends with.
    private static readonly string[] CyrillicEndings = ["ові", "еві", "єві", "ою", "ею", "єю", "ом", "ем", "єм", "ой", "ей", "а", "я", "у", "ю", "и", "і", "ї", "е", "ы"];
    private static readonly string[] CyrillicNominatives = ["", "о", "а", "я", "й", "ь", "ій", "ий"];
    private static readonly string[] LatinEndings = ["ovi", "evi", "oyu", "eyu", "oju", "eju", "om", "em", "oi", "ei", "a", "ia", "ya", "u", "iu", "yu", "y", "i", "e"];
    private static readonly string[] LatinNominatives = ["", "o", "a", "ia", "ya", "i", "ii", "iy", "y", "j"];

    /// <summary>Possible nominatives of <paramref name="name"/>, most likely first; empty for a name of three letters or fewer.</summary>
    public static IEnumerable<string> Nominatives(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        var lower = name.Trim().ToLowerInvariant();
        if (lower.Length <= 3)
        {
            yield break;
        }
        var cyrillic = Normalisation.ScriptDetector.ContainsCyrillic(lower);
        foreach (var ending in cyrillic ? CyrillicEndings : LatinEndings)
        {
            if (lower.Length - ending.Length < 2 || !lower.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = lower[..^ending.Length];
            foreach (var nominative in cyrillic ? CyrillicNominatives : LatinNominatives)
            {
                yield return stem + nominative;
            }
        }
    }
}
