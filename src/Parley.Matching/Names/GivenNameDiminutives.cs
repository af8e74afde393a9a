namespace Parley.Matching.Names;

/// <summary>
/// The full names a pet form built with a productive suffix may come from, for the diminutives the lexicon does not list
/// (Оксанка, Ніночка, Андрійко, Петрик, Ганнуся): the Ukrainian and Russian diminutive suffixes, taken off and replaced
/// by the endings of the full name they are built on; the Latin spellings of the same suffixes likewise (Ianotchka,
/// Oksanka). Clerks who write the name as the person gave it write such forms, and the suffixes are few while the
/// names are many (Ukrainian grammar: -к-, -очк-/-ечк-, -оньк-/-еньк-, -ус-/-юс-, -ик/-чик, -ко). A caller keeps the
/// first form the lexicon knows.
/// </summary>
internal static class GivenNameDiminutives
{
    // Longest first within a script: a suffix is tried before the suffixes it ends with.
    private static readonly (string Suffix, string[] Endings)[] Cyrillic =
    [
        ("очка", ["а", "я"]), ("ечка", ["я", "а"]), ("онька", ["а"]), ("енька", ["я", "а"]), ("уся", ["а"]), ("юся", ["я"]),
        ("чик", [""]), ("йка", ["я"]), ("ка", ["а", "я"]), ("ко", ["", "о"]), ("ик", ["о", ""]),
    ];

    private static readonly (string Suffix, string[] Endings)[] Latin =
    [
        ("otschka", ["a", "ja"]), ("etschka", ["ja", "a"]), ("otchka", ["a", "ia"]), ("etchka", ["ia", "a"]),
        ("ochka", ["a", "ia", "ya"]), ("echka", ["ia", "ya", "a"]), ("oczka", ["a", "ja"]), ("eczka", ["ja", "a"]),
        ("ocka", ["a", "ja"]), ("ecka", ["ja", "a"]),
        ("tschik", [""]), ("tchik", [""]), ("chik", [""]), ("czyk", [""]), ("usia", ["a"]), ("usya", ["a"]), ("usja", ["a"]),
        ("jka", ["ja", "ia"]), ("yka", ["ya", "ia"]), ("ka", ["a"]), ("ko", ["", "o"]), ("ik", ["o", ""]),
    ];

    /// <summary>The full names <paramref name="name"/> may be a pet form of, most likely first, each shorter than it.</summary>
    public static IEnumerable<string> FullNames(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        var lower = name.Trim().ToLowerInvariant();
        var cyrillic = Normalisation.ScriptDetector.ContainsCyrillic(lower);
        if (!cyrillic)
        {
            // Scholarly and ISO spellings write the suffix with a háček (Ninočka).
            lower = Normalisation.NameNormaliser.RemoveDiacritics(lower);
        }
        foreach ((var suffix, var endings) in cyrillic ? Cyrillic : Latin)
        {
            // A short suffix on a short stem is more often a typo than a pet form (Maka for Makar is no Майя): two letters of
            // stem only before a suffix of four or more (Яночка).
            if (lower.Length - suffix.Length < (suffix.Length >= 4 ? 2 : 3) || !lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = lower[..^suffix.Length];
            foreach (var ending in endings)
            {
                // A suffix lengthens the name it is built on.
                if (stem.Length + ending.Length < lower.Length)
                {
                    yield return stem + ending;
                }
            }
        }
    }
}
