namespace Parley.Store;

/// <summary>The database server could not be reached, or refused the credentials: nothing was read or written.</summary>
public sealed class DatabaseUnreachableException(string location, string problem, Exception? inner = null)
    : StoreException(location, $"cannot connect to the Parley database at {location}: {problem}", inner);
