namespace Parley.Ledger.Notes;

/// <summary>A checkpoint body is malformed. <see cref="Line"/> is the 1-based line of the problem.</summary>
public sealed class CheckpointFormatException : LedgerException
{
    public CheckpointFormatException(int line, string problem)
        : base($"checkpoint, line {line}: {problem}.")
    {
        Line = line;
        Problem = problem;
    }

    public int Line { get; }

    public string Problem { get; }
}
