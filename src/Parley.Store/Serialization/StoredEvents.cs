using Parley.Core.Events;
using Parley.Core.Wire;

namespace Parley.Store.Serialization;

/// <summary>Domain events to log rows and back, through the core's <see cref="EventCodec"/>.</summary>
public static class StoredEvents
{
    public static EventToAppend ToAppend(DomainEvent e, long recordedAtUnixMs)
    {
        var encoded = EventCodec.Encode(e);
        return new EventToAppend(encoded.Type, recordedAtUnixMs, encoded.Public, encoded.Private);
    }

    public static DomainEvent Decode(this StoredEvent stored) => EventCodec.Decode(stored.Type, stored.Public, stored.Private);

    /// <summary>The event without its private part, as the public record shows it.</summary>
    public static DomainEvent DecodePublic(this StoredEvent stored) => EventCodec.DecodePublic(stored.Type, stored.Public);
}
