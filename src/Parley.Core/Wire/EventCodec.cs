using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Parley.Core.Events;
using Parley.Core.Exchanges;

namespace Parley.Core.Wire;

/// <summary>
/// Turns domain events into bytes and back: the public part is JSON without personal data, the private part is the
/// event's <see cref="IPersonalData"/> property alone (or nothing). Which types exist, and which carry personal data,
/// comes from <see cref="WireTypes"/>.
/// </summary>
public static class EventCodec
{
    /// <summary>The personal-data property of each event type that has one (at most one each).</summary>
    private static readonly FrozenDictionary<Type, PropertyInfo> PersonalProperties = WireTypes.Events.Values
        .Where(t => t.HasPrivatePart)
        .Select(t => t.ClrType)
        .Distinct()
        .ToFrozenDictionary(t => t, t => t.GetProperties().Single(p => typeof(IPersonalData).IsAssignableFrom(p.PropertyType)));

    /// <summary>Compiled readers of those properties: every appended event is encoded, so no reflection per event.</summary>
    private static readonly FrozenDictionary<Type, Func<object, object>> PersonalReaders = PersonalProperties
        .ToFrozenDictionary(kv => kv.Key, kv => WireTypes.Getter(kv.Key, kv.Value));

    /// <summary>The private parts every event of the type must carry (a list entry's details); others are optional.</summary>
    private static readonly FrozenSet<Type> PrivatePartRequired = new[] { typeof(PersonListed), typeof(PersonAmended), typeof(RequestListed), typeof(RequestAmended), typeof(SubmissionSigned) }.ToFrozenSet();

    public static IReadOnlyCollection<string> KnownTypes => WireTypes.Events.Keys;

    /// <summary>
    /// Whether every event of <paramref name="type"/> is written with a private part (a list entry's details): one read
    /// back without it was erased (an <see cref="ExchangeErased"/> later in the log must say so) or is damaged.
    /// </summary>
    public static bool RequiresPrivatePart(string type) =>
        WireTypes.Events.TryGetValue(type, out var wire) && PrivatePartRequired.Contains(wire.ClrType);

    public static EncodedEvent Encode(DomainEvent e)
    {
        var publicPart = JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), ParleyJson.PublicOptions);
        var personal = PersonalReaders.TryGetValue(e.GetType(), out var read) ? (IPersonalData?)read(e) : null;
        var privatePart = personal switch
        {
            null => null,
            // A signed submission's private part is the exact submitted text: its commitment was signed over these bytes.
            SubmittedText submitted => Encoding.UTF8.GetBytes(submitted.Text),
            _ => JsonSerializer.SerializeToUtf8Bytes(personal, personal.GetType(), ParleyJson.Options),
        };
        return new EncodedEvent(e.Type, publicPart, privatePart);
    }

    /// <summary>Decodes an event with its private part (empty when the event has none).</summary>
    public static DomainEvent Decode(string type, ReadOnlySpan<byte> publicPart, ReadOnlySpan<byte> privatePart) =>
        Decode(type, publicPart, privatePart, publicOnly: false);

    /// <summary>
    /// Decodes the public part alone, as anyone outside can (the verifier of the public record): the personal data is
    /// left null, which the fold and the public figures never need.
    /// </summary>
    public static DomainEvent DecodePublic(string type, ReadOnlySpan<byte> publicPart) =>
        Decode(type, publicPart, [], publicOnly: true);

    private static DomainEvent Decode(string type, ReadOnlySpan<byte> publicPart, ReadOnlySpan<byte> privatePart, bool publicOnly)
    {
        if (!WireTypes.Events.TryGetValue(type, out var wire))
        {
            throw new UnknownEventTypeException(type);
        }
        var e = (DomainEvent)(JsonSerializer.Deserialize(publicPart, wire.ClrType, ParleyJson.PublicOptions)
            ?? throw new JsonException($"event of type '{type}' has an empty public part"));
        if (wire.VariantProperty is { } variant && !Equals(variant.GetValue(e), wire.Variant))
        {
            throw new JsonException($"event of type '{type}' says '{variant.Name}' is {variant.GetValue(e)}");
        }
        if (publicOnly || !PersonalProperties.TryGetValue(wire.ClrType, out var property))
        {
            return e;
        }
        if (privatePart.Length == 0)
        {
            return PrivatePartRequired.Contains(wire.ClrType)
                ? throw new JsonException($"event of type '{type}' has no private part, but it needs one")
                : e;
        }
        var personal = property.PropertyType == typeof(SubmittedText)
            ? new SubmittedText(Encoding.UTF8.GetString(privatePart))
            : JsonSerializer.Deserialize(privatePart, property.PropertyType, ParleyJson.Options)
              ?? throw new JsonException($"event of type '{type}' has an empty private part");
        // The event was just made by the deserializer and is not shared: setting its init-only property is safe.
        property.SetValue(e, personal);
        return e;
    }
}
