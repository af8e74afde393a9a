using NodaTime;
using Parley.Core.Events;
using Parley.Core.Families;
using Parley.Core.Wire;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Server.Family;

/// <summary>
/// The family pages' view of the log (<see cref="FamilyTimelines"/>), read as the log grows, once per new event: only
/// the event types the timelines need are decoded, and only a receipt's event with its private part (the hashes).
/// </summary>
public sealed class FamilyJournal(ParleyStore store)
{
    private static readonly string Issued = WireTypes.NameOf<ReceiptIssued>();

    private readonly Lock _gate = new();
    private FamilyTimelines _timelines = FamilyTimelines.Empty;

    /// <summary>The timelines through the last committed event.</summary>
    public FamilyTimelines Current
    {
        get
        {
            // The state's version: the last event this node holds, its own or another node's.
            var last = store.State.Version;
            var timelines = Volatile.Read(ref _timelines);
            return timelines.Through >= last ? timelines : CatchUp(last);
        }
    }

    private FamilyTimelines CatchUp(long last)
    {
        lock (_gate)
        {
            var timelines = _timelines;
            if (timelines.Through >= last)
            {
                return timelines;
            }
            foreach (var stored in store.Log.Read(timelines.Through + 1))
            {
                if (stored.Sequence > last)
                {
                    break;
                }
                timelines = FamilyTimelines.Types.Contains(stored.Type)
                    ? timelines.Apply(stored.Type == Issued ? stored.Decode() : stored.DecodePublic(), stored.Sequence,
                        Instant.FromUnixTimeMilliseconds(stored.RecordedAtUnixMs))
                    : timelines with { Through = stored.Sequence };
            }
            Volatile.Write(ref _timelines, timelines);
            return timelines;
        }
    }
}
