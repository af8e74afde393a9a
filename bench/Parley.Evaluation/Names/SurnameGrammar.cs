namespace Parley.Evaluation.Names;

/// <summary>Feminine surname forms (Ковальський → Ковальська, Ковальский → Ковальская).</summary>
internal static class SurnameGrammar
{
    public static string Feminine(string masculine, SurnameKind kind, Language language) => kind switch
    {
        SurnameKind.Possessive => masculine + "а",
        SurnameKind.Adjective => language == Language.Ukrainian
            ? UkrainianAdjective(masculine)
            : RussianAdjective(masculine),
        _ => masculine,
    };

    /// <summary>The kind a surname's ending suggests, for rows that do not name one.</summary>
    public static SurnameKind KindOf(string ukrainian)
    {
        if (ukrainian.EndsWith("ий", StringComparison.Ordinal) || ukrainian.EndsWith("ій", StringComparison.Ordinal))
        {
            return SurnameKind.Adjective;
        }

        string[] possessive = ["ов", "ев", "єв", "ін", "їн"];
        return possessive.Any(ending => ukrainian.EndsWith(ending, StringComparison.Ordinal))
            ? SurnameKind.Possessive
            : SurnameKind.Noun;
    }

    private static string UkrainianAdjective(string masculine) =>
        masculine.EndsWith("ній", StringComparison.Ordinal) ? masculine[..^2] + "я"
        : masculine.EndsWith("ій", StringComparison.Ordinal) ? masculine[..^2] + "я"
        : masculine[..^2] + "а";

    private static string RussianAdjective(string masculine) =>
        masculine.EndsWith("ний", StringComparison.Ordinal) && !masculine.EndsWith("ский", StringComparison.Ordinal)
            ? masculine[..^2] + "яя"
            : masculine[..^2] + "ая";
}
