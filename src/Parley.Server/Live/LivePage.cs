using System.Collections.Immutable;
using NodaTime;

namespace Parley.Server.Live;

/// <summary>What a live page is about: a round, or an exchange (with the round whose agreement opened it).</summary>
public enum LiveKind
{
    Round,
    Exchange,
}

/// <summary>
/// The entries of one live page at one moment, oldest first, with the log position they reach. Immutable: the hub swaps
/// in a new snapshot as entries arrive, so readers never see a half-made page.
/// </summary>
public sealed record LiveSnapshot(
    string Live, LiveKind Kind, DateTimeZone Zone, ImmutableList<LiveItem> Items, ImmutableDictionary<string, LiveItem> ById, long Version)
{
    public LiveItem? Find(string id) => ById.GetValueOrDefault(id);
}
