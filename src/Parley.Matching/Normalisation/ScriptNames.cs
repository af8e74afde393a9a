namespace Parley.Matching.Normalisation;

/// <summary>
/// The name of the writing system a text's letters belong to, by Unicode block (https://www.unicode.org/charts/), for
/// telling a user which names the engine could not read: it reads Latin and Cyrillic only.
/// </summary>
public static class ScriptNames
{
    /// <summary>The script of the first letter of <paramref name="text"/> that is neither Latin nor Cyrillic, or null if there is none.</summary>
    public static string? Unread(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        foreach (var c in text)
        {
            if (!char.IsLetter(c) || ScriptDetector.IsCyrillic(c) || c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF')
            {
                continue;
            }
            return c switch
            {
                >= '\u0370' and <= '\u03FF' => "Greek",
                >= '\u0530' and <= '\u058F' => "Armenian",
                >= '\u0590' and <= '\u05FF' => "Hebrew",
                >= '\u0600' and <= '\u06FF' => "Arabic",
                >= '\u10A0' and <= '\u10FF' or >= '\u1C90' and <= '\u1CBF' or >= '\u2D00' and <= '\u2D2F' => "Georgian",
                >= '\u3040' and <= '\u30FF' => "Japanese",
                >= '\u4E00' and <= '\u9FFF' => "Chinese",
                >= '\uAC00' and <= '\uD7AF' => "Korean",
                _ => "another script",
            };
        }
        return null;
    }
}
