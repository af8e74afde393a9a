namespace Parley.Store;

/// <summary>What <see cref="SqliteEventLog.Open(string, OpenMode)"/> does when no database file exists at the path.</summary>
public enum OpenMode
{
    /// <summary>Create the file and Parley's schema when the file does not exist (or is an empty file).</summary>
    CreateIfMissing,

    /// <summary>Refuse with <see cref="DatabaseNotFoundException"/> when there is no Parley database at the path.</summary>
    MustExist,
}
