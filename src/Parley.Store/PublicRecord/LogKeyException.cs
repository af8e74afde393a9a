namespace Parley.Store.PublicRecord;

/// <summary>The log's signing key file is missing, unreadable or does not belong to this log; says which file and what to do.</summary>
public sealed class LogKeyException(string path, string message, Exception? inner = null)
    : StoreException(path, message, inner);
