namespace Parley.Core.Rules;

/// <summary>How much a text field may hold (<see cref="TextRules"/>).</summary>
public enum TextKind
{
    /// <summary>One line: an id, a name, a title, a place.</summary>
    Line,

    /// <summary>Lines of text: an agreement's text, a quote, a reason.</summary>
    Multiline,

    /// <summary>Markdown: lines, and emoji joined by U+200D.</summary>
    Markdown,
}
