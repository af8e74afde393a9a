namespace Parley.Store;

/// <summary>The <c>--db</c> value names PostgreSQL but cannot be read as an address of it.</summary>
public sealed class BadDatabaseAddressException(string address, string problem, Exception? inner = null)
    : StoreException(address, $"--db {address} is not a usable PostgreSQL address: {problem}", inner);
