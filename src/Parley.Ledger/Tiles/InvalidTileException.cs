namespace Parley.Ledger.Tiles;

/// <summary>A tile or entry bundle has the wrong content (length, or entries that do not parse).</summary>
public sealed class InvalidTileException : LedgerException
{
    public InvalidTileException(string path, string problem)
        : base($"{path}: {problem}.")
    {
        Path = path;
        Problem = problem;
    }

    public string Path { get; }

    public string Problem { get; }
}
