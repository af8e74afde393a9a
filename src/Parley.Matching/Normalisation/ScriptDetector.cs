namespace Parley.Matching.Normalisation;

/// <summary>Tells Latin from Cyrillic, and Ukrainian from Russian Cyrillic by their distinctive letters.</summary>
public static class ScriptDetector
{
    private const string UkrainianOnly = "іїєґІЇЄҐ";
    private const string RussianOnly = "ыэъёЫЭЪЁ";

    /// <summary>Classifies <paramref name="text"/>; see <see cref="Script"/> for the rules.</summary>
    public static Script Detect(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        bool latin = false, cyrillic = false, ukrainian = false, russian = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsCyrillic(c))
            {
                cyrillic = true;
                ukrainian |= UkrainianOnly.Contains(c);
                russian |= RussianOnly.Contains(c);
            }
            else if (char.IsLetter(c))
            {
                latin = true;
            }
            else if (NameNormaliser.IsApostrophe(c)
                && i > 0 && i + 1 < text.Length && IsCyrillic(text[i - 1]) && IsCyrillic(text[i + 1]))
            {
                // An apostrophe inside a Cyrillic word is Ukrainian spelling (Russian writes ъ there).
                ukrainian = true;
            }
        }
        return (latin, cyrillic, ukrainian, russian) switch
        {
            (false, false, _, _) => Script.None,
            (true, false, _, _) => Script.Latin,
            (true, true, _, _) => Script.Mixed,
            (false, true, true, false) => Script.UkrainianCyrillic,
            (false, true, false, true) => Script.RussianCyrillic,
            _ => Script.AmbiguousCyrillic,
        };
    }

    /// <summary>True for letters of the Cyrillic blocks (U+0400–U+052F).</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    /// <summary>True if the text contains at least one Cyrillic letter.</summary>
    public static bool ContainsCyrillic(string text) =>
        Preconditions.CheckNotNull(text, nameof(text)).Any(IsCyrillic);
}
