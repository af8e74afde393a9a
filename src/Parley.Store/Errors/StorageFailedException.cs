namespace Parley.Store;

/// <summary>
/// The database could not be written: the disk is full, the disk reported an I/O error, or the file system is read-only.
/// The write was rolled back whole, so nothing of it is in the log and everything acknowledged before it still is; the
/// same request can be sent again once the cause is fixed. Reads go on working.
/// </summary>
public sealed class StorageFailedException : StoreException
{
    public StorageFailedException(string path, StorageFailure failure, Exception? innerException = null)
        : base(path, Describe(path, failure), innerException)
    {
        Failure = failure;
    }

    /// <summary>What kind of failure the disk reported.</summary>
    public StorageFailure Failure { get; }

    private static string Describe(string path, StorageFailure failure) => failure switch
    {
        StorageFailure.DiskFull =>
            $"the disk holding the Parley database at {path} is full; nothing of this write was recorded and everything acknowledged before it is kept; free some space, then send it again",
        StorageFailure.ReadOnly =>
            $"the Parley database at {path} is on a read-only file system (or the file is read-only); nothing of this write was recorded; make it writable, then send it again",
        _ =>
            $"the disk holding the Parley database at {path} reported an I/O error; nothing of this write was recorded and everything acknowledged before it is kept; check the disk (dmesg), then send it again",
    };
}

/// <summary>The kinds of storage failure SQLite reports (https://www.sqlite.org/rescode.html).</summary>
public enum StorageFailure
{
    /// <summary><c>SQLITE_FULL</c>: no space left on the device (or the database reached its size limit).</summary>
    DiskFull,

    /// <summary><c>SQLITE_IOERR</c>: the operating system reported an error reading, writing or syncing.</summary>
    InputOutput,

    /// <summary><c>SQLITE_READONLY</c> or <c>SQLITE_CANTOPEN</c> for writing: the file or its file system cannot be written.</summary>
    ReadOnly,
}
