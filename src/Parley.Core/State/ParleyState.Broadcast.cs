using System.Collections.Immutable;
using Parley.Core.Broadcast;

namespace Parley.Core.State;

public sealed partial record ParleyState
{
    /// <summary>The press entries of every live broadcast, by entry id.</summary>
    public ImmutableSortedDictionary<string, PressEntry> Entries { get; init; } =
        ImmutableSortedDictionary<string, PressEntry>.Empty.WithComparers(StringComparer.Ordinal);

    private ParleyState WithEntry(Events.EntryPosted e)
    {
        var entries = Entries.Add(e.Id, new PressEntry(e.Id, e.Live, e.Markdown, e.Key, e.Corrects, e.At, null));
        if (e.Corrects is { } corrected)
        {
            entries = entries.SetItem(corrected, entries[corrected] with { CorrectedBy = e.Id });
        }
        return this with { Entries = entries };
    }
}
