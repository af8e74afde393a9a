using Parley.Core.Events;
using Parley.Core.Wire;

namespace Parley.Store.Serialization;

/// <summary>Domain events to log rows and back, through the core's <see cref="EventCodec"/>.</summary>
public static class StoredEvents
{
    /// <summary>
    /// The most bytes an event's public part may take: a public entry (its leaf) holds it with the commitment, the
    /// signature and a few header bytes, and c2sp.org/tlog-tiles caps an entry at 64 KiB.
    /// </summary>
    public const int MaxPublicBytes = Ledger.Tiles.EntryBundle.MaxEntryLength - 1024;

    /// <exception cref="EventTooLargeException">The public part would not fit in one entry of the public record.</exception>
    public static EventToAppend ToAppend(DomainEvent e, long recordedAtUnixMs)
    {
        var encoded = EventCodec.Encode(e);
        if (encoded.Public.Length > MaxPublicBytes)
        {
            throw new EventTooLargeException(encoded.Type, encoded.Public.Length, MaxPublicBytes);
        }
        return new EventToAppend(encoded.Type, recordedAtUnixMs, encoded.Public, encoded.Private)
        {
            Erases = (e as ExchangeErased)?.Exchange,
        };
    }

    public static DomainEvent Decode(this StoredEvent stored) => EventCodec.Decode(stored.Type, stored.Public, stored.Private);

    /// <summary>The event without its private part, as the public record shows it.</summary>
    public static DomainEvent DecodePublic(this StoredEvent stored) => EventCodec.DecodePublic(stored.Type, stored.Public);
}
