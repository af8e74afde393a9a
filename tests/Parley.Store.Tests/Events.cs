using System.Text;

namespace Parley.Store.Tests;

/// <summary>Small events for tests.</summary>
internal static class Events
{
    public static EventToAppend Make(string type, int n, bool withPrivate = true) =>
        new(type,
            1_748_000_000_000 + n,
            Encoding.UTF8.GetBytes($$"""{"n":{{n}},"type":"{{type}}"}"""),
            withPrivate ? Encoding.UTF8.GetBytes($$"""{"name":"Person {{n}}"}""") : null);

    public static EventToAppend[] Many(int count, int start = 0) =>
        Enumerable.Range(start, count).Select(i => Make(i % 3 == 0 ? "person-listed" : "stage-planned", i, withPrivate: i % 2 == 0)).ToArray();
}
