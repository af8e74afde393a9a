namespace Parley.Store;

/// <summary>Another connection held the database's lock for longer than the busy timeout.</summary>
public sealed class DatabaseLockedException : StoreException
{
    public DatabaseLockedException(string path, TimeSpan waited, Exception? innerException = null)
        : base(path,
            $"the Parley database at {path} is locked by another process (waited {waited.TotalSeconds:0.#} s); stop the other `parley` process using it, or retry later",
            innerException)
    {
        Waited = waited;
    }

    /// <summary>How long the store waited for the lock before giving up.</summary>
    public TimeSpan Waited { get; }
}
