namespace Parley.Core.Formulas;

/// <summary>Splits formula text into tokens; never fails: anything unexpected becomes a token the parser rejects.</summary>
internal static class FormulaTokenizer
{
    public static List<FormulaToken> Tokenize(string text)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i == text.Length)
            {
                tokens.Add(new FormulaToken(FormulaTokenKind.End, "", i + 1));
                return tokens;
            }
            var start = i;
            var c = text[i];
            FormulaTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                kind = FormulaTokenKind.Number;
                i = SkipDigits(text, i);
                // A comma continues the number only when a digit follows it: "1,000" is one token, "1, a" is not.
                while (i + 1 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1]))
                {
                    i = SkipDigits(text, i + 1);
                }
            }
            else if (char.IsLetter(c))
            {
                kind = FormulaTokenKind.Word;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '_'))
                {
                    i++;
                }
            }
            else if (c is ';' or ',')
            {
                kind = c == ';' ? FormulaTokenKind.Semicolon : FormulaTokenKind.Comma;
                i++;
            }
            else
            {
                kind = FormulaTokenKind.Other;
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            tokens.Add(new FormulaToken(kind, text[start..i], start + 1));
        }
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i;
    }
}
