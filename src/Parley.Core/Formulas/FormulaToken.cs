using System.Globalization;
using System.Text;

namespace Parley.Core.Formulas;

internal enum FormulaTokenKind
{
    /// <summary>ASCII digits, possibly with commas between digit groups (well-formed or not; the parser checks).</summary>
    Number,

    /// <summary>A letter followed by letters, digits, "-" or "_": a keyword or a category name (valid or not).</summary>
    Word,

    Semicolon,
    Comma,

    /// <summary>Any other single character (a whole surrogate pair counts as one).</summary>
    Other,

    End,
}

/// <summary>A token of formula text; <see cref="Column"/> is 1-based, in UTF-16 chars.</summary>
internal readonly record struct FormulaToken(FormulaTokenKind Kind, string Text, int Column)
{
    private const int MaxShown = 40;

    public int EndColumn => Column + Text.Length;

    public bool IsKeyword(string keyword) =>
        Kind == FormulaTokenKind.Word && Ascii.EqualsIgnoreCase(Text, keyword);

    /// <summary>The token as an error message shows it: quoted, or <c>end of input</c>.</summary>
    public string Shown => Kind == FormulaTokenKind.End ? "end of input" : Quote(Text);

    /// <summary>Quotes source text for a message, showing invisible characters as U+XXXX and cutting long text short.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder("'");
        var shown = 0;
        for (var i = 0; i < text.Length; shown++)
        {
            if (shown == MaxShown)
            {
                builder.Append('…');
                break;
            }
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                // A lone surrogate: show the code unit itself rather than a replacement character.
                builder.Append(CultureInfo.InvariantCulture, $"U+{(int)text[i]:X4}");
                i++;
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
            i += length;
        }
        return builder.Append('\'').ToString();
    }
}
