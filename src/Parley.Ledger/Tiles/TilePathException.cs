namespace Parley.Ledger.Tiles;

/// <summary>A tile or entry-bundle path does not follow c2sp.org/tlog-tiles; the message says which part.</summary>
public sealed class TilePathException : LedgerException
{
    public TilePathException(string path, string problem)
        : base($"tile path \"{path}\": {problem}.")
    {
        Path = path;
        Problem = problem;
    }

    public string Path { get; }

    public string Problem { get; }
}
