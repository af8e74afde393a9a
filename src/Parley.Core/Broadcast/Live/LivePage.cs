using System.Collections.Immutable;
using NodaTime;

namespace Parley.Core.Broadcast.Live;

/// <summary>
/// The entries of one live page at one moment, oldest first, and the log position of the newest
/// (<see cref="Version"/>). Immutable: the projection makes a new page as entries arrive, so readers never see a half-made one.
/// </summary>
public sealed record LivePage(
    string Live, LivePageKind Kind, DateTimeZone Zone, ImmutableList<LiveEntry> Entries, ImmutableDictionary<string, LiveEntry> ById, long Version)
{
    /// <summary>A page with no entries yet.</summary>
    public static LivePage Open(string live, LivePageKind kind, DateTimeZone zone) =>
        new(live, kind, zone, [], ImmutableDictionary<string, LiveEntry>.Empty.WithComparers(StringComparer.Ordinal), 0);

    public LiveEntry? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>
    /// The entries after log position <paramref name="sequence"/>, oldest first: what a reader who has seen up to it still
    /// needs. Found by halving (entries are in log order), not by reading the page: a reconnect storm asks it of every reader.
    /// </summary>
    public IReadOnlyList<LiveEntry> After(long sequence)
    {
        int low = 0, high = Entries.Count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (Entries[middle].Sequence > sequence)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low == Entries.Count ? [] : Entries.GetRange(low, Entries.Count - low);
    }

    /// <summary>The page with <paramref name="entry"/> added; a correction also marks the entry it corrects.</summary>
    public LivePage With(LiveEntry entry)
    {
        var entries = Entries.Add(entry);
        var byId = ById.SetItem(entry.Id, entry);
        if (entry.Corrects is { } corrected && byId.GetValueOrDefault(corrected) is { } original)
        {
            var updated = original with { CorrectedBy = entry.Id };
            entries = entries.Replace(original, updated);
            byId = byId.SetItem(corrected, updated);
        }
        return this with { Entries = entries, ById = byId, Version = entry.Sequence };
    }
}
