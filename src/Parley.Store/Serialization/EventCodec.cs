using System.Collections.Frozen;
using System.Text.Json;
using Parley.Core.Events;
using Parley.Core.Exchanges;

namespace Parley.Store.Serialization;

/// <summary>
/// Turns domain events into log rows and back: the public part is JSON without personal data, the private part
/// is the event's <see cref="IPersonalData"/> alone (or nothing).
/// </summary>
public static class EventCodec
{
    private static readonly FrozenDictionary<string, Type> TypesByName = new DomainEvent[]
    {
        new PartyRegistered("", ""),
        new MediatorRegistered("", "", null),
        new RoundScheduled("", 0, "", "", "", default, null),
        new DelegateAppointed("", "", "", default, null),
        new RoundStarted("", default),
        new RoundConcluded("", default),
        new StatementRecorded("", "", "", null, default, "", "", ""),
        new AgreementReached("", "", "", "", null, []),
        new ExchangeOpened("", "", "", ""),
        new StagePlanned("", "", 0, default, 0, 0),
        new StageClosed("", "", default, 0, 0),
        new StageCancelled("", "", default),
        new ExchangeFulfilled("", default, 0, 0),
        new PersonListed("", "", default, 0, null!),
        new PersonAmended("", "", 0, null!),
        new EntryPosted("", "", "", false, null, default),
        new OfficerRegistered("", "", ""),
        new SubmissionSigned("", "", "", 0, "", null!),
        new MatchCandidatesRecorded("", [], ""),
        new MatchDecided("", "", "", default, "", default, null),
    }
    .Select(e => KeyValuePair.Create(e.Type, e.GetType()))
    // Nobody moves back to "listed": that name belongs to PersonListed alone.
    .Concat(Enum.GetValues<PersonStatus>().Where(s => s != PersonStatus.Listed)
        .Select(s => KeyValuePair.Create("person." + s.ToWord(), typeof(PersonMoved))))
    .ToDictionary(StringComparer.Ordinal) // throws on a name given twice
    .ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> KnownTypes => TypesByName.Keys;

    public static EventToAppend Encode(DomainEvent e, long recordedAtUnixMs)
    {
        var publicPart = JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), ParleyJson.PublicOptions);
        IPersonalData? personal = e switch
        {
            PersonListed p => p.Details,
            PersonAmended p => p.Details,
            PersonMoved p => p.Note,
            SubmissionSigned s => s.Content,
            MatchDecided d => d.Why,
            _ => null,
        };
        var privatePart = personal switch
        {
            null => null,
            // A signed submission's private part is the exact submitted text: its commitment was signed over these bytes.
            SubmittedText submitted => System.Text.Encoding.UTF8.GetBytes(submitted.Text),
            _ => JsonSerializer.SerializeToUtf8Bytes(personal, personal.GetType(), ParleyJson.Options),
        };
        return new EventToAppend(e.Type, recordedAtUnixMs, publicPart, privatePart);
    }

    public static DomainEvent Decode(string type, ReadOnlySpan<byte> publicPart, ReadOnlySpan<byte> privatePart)
    {
        if (!TypesByName.TryGetValue(type, out var clrType))
        {
            throw new UnknownEventTypeException(type);
        }
        var e = (DomainEvent)(JsonSerializer.Deserialize(publicPart, clrType, ParleyJson.PublicOptions)
            ?? throw new JsonException($"event of type '{type}' has an empty public part"));
        return e switch
        {
            PersonListed p => p with { Details = Private<PersonDetails>(type, privatePart) },
            PersonAmended p => p with { Details = Private<PersonDetails>(type, privatePart) },
            PersonMoved p when privatePart.Length > 0 => p with { Note = Private<PrivateNote>(type, privatePart) },
            SubmissionSigned s => s with { Content = new SubmittedText(System.Text.Encoding.UTF8.GetString(privatePart)) },
            MatchDecided d when privatePart.Length > 0 => d with { Why = Private<PrivateNote>(type, privatePart) },
            _ => e,
        };
    }

    public static DomainEvent Decode(StoredEvent stored) => Decode(stored.Type, stored.Public, stored.Private);

    private static T Private<T>(string type, ReadOnlySpan<byte> privatePart) where T : class =>
        privatePart.Length == 0
            ? throw new JsonException($"event of type '{type}' has no private part, but it needs one")
            : JsonSerializer.Deserialize<T>(privatePart, ParleyJson.Options)
              ?? throw new JsonException($"event of type '{type}' has an empty private part");
}
