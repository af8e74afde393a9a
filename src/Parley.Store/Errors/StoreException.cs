namespace Parley.Store;

/// <summary>
/// The base of every error the store reports about its database file. Each carries the <see cref="Path"/> involved and a
/// message that says what went wrong and what to do about it, fit to show a user as is.
/// </summary>
public abstract class StoreException : Exception
{
    protected StoreException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }
}
