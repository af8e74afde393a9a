using System.Collections.Frozen;

namespace Parley.Core.Formulas;

/// <summary>The lexical rules shared by the model's validation and the parser, so that every valid model prints to text that parses back.</summary>
internal static class FormulaSyntax
{
    /// <summary>The language's keywords; none may be used as a category name.</summary>
    public static readonly FrozenSet<string> Keywords =
        new[] { "for", "of", "at", "least", "in", "total", "all" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public const string CategoryRule =
        "a category name is a lower-case letter followed by lower-case letters, digits or \"-\", and is not a keyword";

    /// <summary>Whether <paramref name="name"/> is a canonical (lower-case) category name.</summary>
    public static bool IsCategoryName(string name)
    {
        if (name.Length == 0 || !IsLower(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!IsLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }
        return !Keywords.Contains(name);
    }

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';
}
