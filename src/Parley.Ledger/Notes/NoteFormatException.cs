namespace Parley.Ledger.Notes;

/// <summary>A signed note is malformed. <see cref="Line"/> is the 1-based line of the problem (0 for the note as a whole).</summary>
public sealed class NoteFormatException : LedgerException
{
    public NoteFormatException(int line, string problem)
        : base(line > 0 ? $"signed note, line {line}: {problem}." : $"signed note: {problem}.")
    {
        Line = line;
        Problem = problem;
    }

    public int Line { get; }

    public string Problem { get; }
}
