using Parley.Core.Rules;

namespace Parley.Server;

/// <summary>`serve --demo` on a database that already holds another record: the demo goes into a new database only.</summary>
public sealed class DemoRefusedException(string path, long events)
    : ParleyException($"{path} already holds another record ({events} events); --demo loads the demo into a new database only: pass --db with a new file")
{
    public string Path { get; } = path;

    public long Events { get; } = events;
}
