namespace Parley.Store;

/// <summary>There is no Parley database at the path, and the caller asked for an existing one.</summary>
public sealed class DatabaseNotFoundException : StoreException
{
    public DatabaseNotFoundException(string path)
        : base(path, $"no Parley database at {path}; run `parley demo` or `parley apply` to create one, or pass --db")
    {
    }
}
