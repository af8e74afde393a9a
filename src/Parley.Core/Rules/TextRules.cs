using System.Globalization;
using System.Text;

namespace Parley.Core.Rules;

/// <summary>
/// What text from outside may hold. A name, an id or a title is one line of ordinary characters; a quote or a reason may
/// run over lines; Markdown may also join emoji (U+200D). Nowhere: control characters (Word's manual line break U+000B
/// among them, which XML forbids and which broke the Atom feed), unpaired surrogates, noncharacters, bidirectional
/// overrides and isolates (which make text read otherwise than it is stored, CVE-2021-42574), or invisible zero-width
/// characters. Unicode's own lists: https://www.unicode.org/reports/tr9/ (bidi controls), XML 1.0 §2.2 (Char).
/// </summary>
public static class TextRules
{
    /// <summary>Why <paramref name="text"/> may not be stored as <paramref name="kind"/>, or null when it may.</summary>
    public static string? Problem(string text, TextKind kind)
    {
        Preconditions.CheckNotNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                return $"holds an unpaired surrogate {Code(c)} at position {i + 1}: the text is not valid Unicode";
            }
            if (c is '\n' or '\r' or '\t' && kind != TextKind.Line)
            {
                continue;
            }
            if (c == '\u200D' && kind == TextKind.Markdown)
            {
                continue;
            }
            if (Forbidden(c) is { } what)
            {
                return $"holds {what} {Code(c)} at position {i + 1}{(kind == TextKind.Line && c is '\n' or '\r' or '\t' ? "; this field is one line" : "")}";
            }
        }
        return null;
    }

    /// <summary>The text with every character <see cref="Problem"/> would refuse left out: for rendering text stored before the rules.</summary>
    public static string Clean(string text, TextKind kind)
    {
        if (Problem(text, kind) is null)
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && ((c is '\n' or '\r' or '\t' && kind != TextKind.Line) || (c == '\u200D' && kind == TextKind.Markdown) || Forbidden(c) is null))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    private static string? Forbidden(char c) => c switch
    {
        < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => "the control character",
        '\u2028' or '\u2029' => "the line separator",
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "the bidirectional control",
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => "the invisible character",
        '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') => "the noncharacter",
        _ => null,
    };

    private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
