namespace Parley.Store.Tests;

/// <summary>Tests of <see cref="SqliteEventLog"/>, split by concern into partial files; each test gets its own temp directory.</summary>
public sealed partial class SqliteEventLogTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string DbPath => _temp.File("parley.db");

    public void Dispose() => _temp.Dispose();
}
