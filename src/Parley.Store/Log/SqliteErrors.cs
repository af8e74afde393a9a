using Microsoft.Data.Sqlite;

namespace Parley.Store;

/// <summary>Turns the SQLite result codes a user can act on into specific <see cref="StoreException"/>s.</summary>
/// <remarks>Result codes: https://www.sqlite.org/rescode.html</remarks>
internal static class SqliteErrors
{
    private const int Busy = 5;      // SQLITE_BUSY
    private const int Locked = 6;    // SQLITE_LOCKED
    private const int Corrupt = 11;  // SQLITE_CORRUPT
    private const int NotADb = 26;   // SQLITE_NOTADB
    private const int ReadOnly = 8;  // SQLITE_READONLY
    private const int IoErr = 10;    // SQLITE_IOERR
    private const int Full = 13;     // SQLITE_FULL

    private static int Primary(SqliteException e) => e.SqliteErrorCode & 0xFF;

    /// <summary>Another connection holds the lock past the timeout, or the file cannot be written: a write that may be skipped.</summary>
    public static bool IsBusyOrReadOnly(SqliteException e) => Primary(e) is Busy or Locked or ReadOnly;

    public static bool IsMapped(SqliteException e) => Primary(e) is Busy or Locked or Corrupt or NotADb or ReadOnly or IoErr or Full;

    public static StoreException Map(SqliteException e, string path, TimeSpan busyTimeout) =>
        Primary(e) switch
        {
            Busy or Locked => new DatabaseLockedException(path, busyTimeout, e),
            Corrupt => new DatabaseCorruptException(path, [e.Message], e),
            NotADb => NotAParleyDatabaseException.NotSqlite(path, e),
            Full => new StorageFailedException(path, StorageFailure.DiskFull, e),
            ReadOnly => new StorageFailedException(path, StorageFailure.ReadOnly, e),
            IoErr => new StorageFailedException(path, StorageFailure.InputOutput, e),
            _ => throw new ArgumentException($"SQLite error {e.SqliteErrorCode} has no mapping; check IsMapped first.", nameof(e)),
        };
}
