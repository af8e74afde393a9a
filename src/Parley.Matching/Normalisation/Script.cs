namespace Parley.Matching.Normalisation;

/// <summary>The writing system a name is in, as far as its letters tell.</summary>
public enum Script
{
    /// <summary>No letters at all.</summary>
    None = 0,

    /// <summary>Latin letters only.</summary>
    Latin,

    /// <summary>Cyrillic with letters only Ukrainian uses (і ї є ґ, or an apostrophe inside a word).</summary>
    UkrainianCyrillic,

    /// <summary>Cyrillic with letters only Russian uses (ы э ъ ё).</summary>
    RussianCyrillic,

    /// <summary>Cyrillic whose letters are shared by both languages (or that has markers of both).</summary>
    AmbiguousCyrillic,

    /// <summary>Both Cyrillic and Latin letters (often a look-alike typed in the wrong layout).</summary>
    Mixed,
}
