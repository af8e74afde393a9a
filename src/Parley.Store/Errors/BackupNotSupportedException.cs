namespace Parley.Store;

/// <summary>
/// <c>parley backup</c> was asked to copy a database it does not copy itself (PostgreSQL): the message names the tool to
/// use instead. Nothing is written.
/// </summary>
public sealed class BackupNotSupportedException(string location, string message) : StoreException(location, message);
