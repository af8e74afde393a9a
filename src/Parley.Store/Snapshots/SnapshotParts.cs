using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Parley.Core.State;

namespace Parley.Store.Snapshots;

/// <summary>
/// The parts of a snapshot kept encoded until first use (format 2): each exchange's lists and each exchange's matching,
/// as JSON compressed with Brotli on its own, inside the snapshot's document. Opening a long log then decodes its talks
/// record and counters, not every list (issue 17). A part is remembered beside the <see cref="Deferred{T}"/> read from
/// it, so that the next snapshot copies the bytes of every part nobody changed instead of encoding it again.
/// </summary>
internal static class SnapshotParts
{
    // Weak: a part's bytes live as long as the state that holds what was read from them.
    private static readonly ConditionalWeakTable<object, byte[]> Stored = [];

    /// <summary>
    /// A part read from <c>body</c> on first use and turned into the state's type by <c>map</c>; <c>what</c> says what the
    /// part is, for the message of a part that cannot be read ("lists of exchange x1").
    /// </summary>
    public static Deferred<TState> Read<TPart, TState>(byte[] body, JsonTypeInfo<TPart> json, Func<TPart, TState> map, string what)
        where TState : class
    {
        var deferred = Deferred<TState>.Read(() => Decode(body, json, map, what));
        Stored.AddOrUpdate(deferred, body);
        return deferred;
    }

    /// <summary>The bytes <paramref name="deferred"/> is read from, when it came from a snapshot; otherwise null.</summary>
    public static byte[]? BytesOf(object deferred) => Stored.TryGetValue(deferred, out var body) ? body : null;

    /// <exception cref="InvalidDataException">The part is not what this format writes, or the state's types refuse it.</exception>
    private static TState Decode<TPart, TState>(byte[] body, JsonTypeInfo<TPart> json, Func<TPart, TState> map, string what)
    {
        try
        {
            return map(CompressedJson.Decode(body, json));
        }
        catch (Exception e) when (e is InvalidDataException || CompressedJson.IsUnreadable(e))
        {
            throw new InvalidDataException(
                $"the state snapshot's {what} cannot be read ({e.Message}); snapshots are derived data: deleting them makes the next open " +
                "replay the log (docs/operations.md, \"State snapshots\")", e);
        }
    }
}
