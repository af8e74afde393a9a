namespace Parley.Store;

/// <summary>SQLite reports that the database file is damaged (by <c>PRAGMA quick_check</c> on an open that is due one, or while reading or writing).</summary>
public sealed class DatabaseCorruptException : StoreException
{
    public DatabaseCorruptException(string path, IReadOnlyList<string> problems, Exception? innerException = null)
        : base(path,
            $"the Parley database at {path} is corrupt ({Summarise(problems)}); restore it from a backup, or rebuild it from a copy of the published log",
            innerException)
    {
        Problems = problems;
    }

    /// <summary>What SQLite reported, one problem per entry (at most the first few).</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Summarise(IReadOnlyList<string> problems) =>
        problems.Count switch
        {
            0 => "no detail reported",
            1 => problems[0],
            _ => $"{problems[0]}; and {problems.Count - 1} more",
        };
}
