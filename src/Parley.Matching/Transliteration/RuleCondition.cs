namespace Parley.Matching.Transliteration;

/// <summary>
/// A context test on the characters around a rule's match, written in a scheme file as:
/// <c>^</c> word-initial, <c>$</c> word-final, <c>&lt;V</c> / <c>&lt;C</c> after a Cyrillic vowel /
/// consonant, <c>&gt;V</c> / <c>&gt;C</c> before one, <c>&lt;[абв]</c> / <c>&gt;[абв]</c> after / before one of
/// the listed letters; a leading <c>!</c> negates. Several conditions on one rule must all hold.
/// </summary>
internal sealed class RuleCondition
{
    internal const string CyrillicVowels = "аеёєиіїоуыэюя";

    private readonly Kind _kind;
    private readonly string _set;
    private readonly bool _negated;

    private RuleCondition(Kind kind, string set, bool negated)
    {
        _kind = kind;
        _set = set;
        _negated = negated;
    }

    private enum Kind { WordInitial, WordFinal, Before, After }

    internal static RuleCondition Parse(string token, string source, int line)
    {
        var negated = token.StartsWith('!');
        var t = negated ? token[1..] : token;
        var parsed = t switch
        {
            "^" => new RuleCondition(Kind.WordInitial, "", negated),
            "$" => new RuleCondition(Kind.WordFinal, "", negated),
            "<V" => new RuleCondition(Kind.After, CyrillicVowels, negated),
            ">V" => new RuleCondition(Kind.Before, CyrillicVowels, negated),
            "<C" => new RuleCondition(Kind.After, "бвгґджзйклмнпрстфхцчшщ", negated),
            ">C" => new RuleCondition(Kind.Before, "бвгґджзйклмнпрстфхцчшщ", negated),
            _ when t.Length > 3 && (t[0] == '<' || t[0] == '>') && t[1] == '[' && t[^1] == ']' =>
                new RuleCondition(t[0] == '<' ? Kind.After : Kind.Before, t[2..^1], negated),
            _ => null,
        };
        return parsed ?? throw new FormatException(
            $"{source} line {line}: unknown condition '{token}'; use ^ $ <V >V <C >C <[letters] >[letters], optionally negated with !.");
    }

    /// <summary>Tests the condition for a match of <paramref name="length"/> characters at <paramref name="start"/> in lower-case <paramref name="text"/>.</summary>
    internal bool Holds(string text, int start, int length)
    {
        var result = _kind switch
        {
            Kind.WordInitial => start == 0 || !IsWordChar(text[start - 1]),
            Kind.WordFinal => start + length >= text.Length || !IsWordChar(text[start + length]),
            Kind.After => start > 0 && _set.Contains(text[start - 1]),
            Kind.Before => start + length < text.Length && _set.Contains(text[start + length]),
            _ => false,
        };
        return result != _negated;
    }

    internal static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || c == '\u0300';
}
