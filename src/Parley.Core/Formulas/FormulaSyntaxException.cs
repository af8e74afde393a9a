using Parley.Core.Rules;

namespace Parley.Core.Formulas;

/// <summary>
/// Formula text that does not parse, or that names something the language forbids (a repeated category, a second
/// floor, a number out of range). Carries where and what: the message is exactly
/// <c>column {Column}: expected {Expected}, found {Found}</c>.
/// </summary>
public sealed class FormulaSyntaxException : ParleyException
{
    public FormulaSyntaxException(int column, string expected, string found)
        : base($"column {Preconditions.CheckRange(column, 1, int.MaxValue)}: expected {Preconditions.CheckNotBlank(expected)}, found {Preconditions.CheckNotBlank(found)}")
    {
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>The 1-based column of the offending token, counted in UTF-16 chars of the input.</summary>
    public int Column { get; }

    /// <summary>What the parser would have accepted there, e.g. <c>a number, "at least" or "all"</c>.</summary>
    public string Expected { get; }

    /// <summary>The offending token quoted, e.g. <c>'fro'</c>, or <c>end of input</c>.</summary>
    public string Found { get; }
}
