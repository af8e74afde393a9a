namespace Parley.Import;

/// <summary>
/// Keeps a cell a spreadsheet would run as a formula (one that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
/// or a carriage return, as in <c>=HYPERLINK(…)</c> or <c>+cmd|…</c>) from becoming one when the mediator opens a list
/// Parley wrote: such a cell is written with a leading apostrophe, which spreadsheets show as text, and read back
/// without it (OWASP, "CSV Injection"). Every other cell, an apostrophe at its start included, is written as it is.
/// </summary>
public static class SpreadsheetSafety
{
    private static bool StartsAFormula(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A formula, or apostrophes before one (so that escaping stays reversible however often it is done).</summary>
    private static bool NeedsEscape(string cell) => StartsAFormula(cell.TrimStart('\''));

    /// <summary>The cell as written to a file.</summary>
    public static string? Escape(string? cell) => cell is not null && NeedsEscape(cell) ? "'" + cell : cell;

    /// <summary>The cell as read from a file Parley (or anyone following the same rule) wrote.</summary>
    public static string? Unescape(string? cell) =>
        cell is { Length: > 1 } && cell[0] == '\'' && NeedsEscape(cell[1..]) ? cell[1..] : cell;
}
