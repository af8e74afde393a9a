using System.Collections.Immutable;

namespace Parley.Core.Broadcast.Live;

/// <summary>
/// The live pages of the record, one per round and per exchange, as far as the log has been read
/// (<see cref="Through"/>): the state of <see cref="LiveProjection"/>. Immutable.
/// </summary>
public sealed record LiveBroadcast(ImmutableDictionary<string, LivePage> Pages, long Through)
{
    public static readonly LiveBroadcast Empty = new(ImmutableDictionary<string, LivePage>.Empty.WithComparers(StringComparer.Ordinal), 0);

    public LivePage? Page(string live) => Pages.GetValueOrDefault(live);

    /// <summary>The same pages, read through <paramref name="sequence"/>: for an event that makes no entry.</summary>
    public LiveBroadcast Passed(long sequence) => this with { Through = sequence };
}
