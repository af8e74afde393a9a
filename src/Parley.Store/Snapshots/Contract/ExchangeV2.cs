using System.Text.Json.Serialization;
using Parley.Core;
using Parley.Core.Actors;
using Parley.Core.Exchanges;

namespace Parley.Store.Snapshots.Contract;

// An exchange in snapshot format 2 (StateSnapshotV2 says the conventions). The lists' personal data (PersonDetailsV1) is
// here until the exchange's erasure: erasing deletes every snapshot (Snapshots/SnapshotTable).

/// <summary>An exchange; its lists, most of its size, are a part of their own (<see cref="ExchangeListsV2"/>, encoded by SnapshotParts).</summary>
internal sealed record ExchangeV2(
    string Id, string AgreementId, string SideA, string SideB, string Formula, byte[] Lists, StageV1[] Stages,
    TallyCountV1[] Tally, bool Fulfilled, RequestCountV1[] RequestTally, long? FulfilledAt, ExchangeErasureV1? Erasure);

/// <summary>An exchange's offer and request lists, the part of a snapshot read when the exchange's lists are first used.</summary>
internal sealed record ExchangeListsV2(PersonV1[] Persons, RequestV1[] Requests);

// The list entries are most of a snapshot (hundreds of thousands in a long log): their fields have one- or two-letter
// names, which makes the snapshot a third smaller and quicker to read; an empty list is left out.

internal sealed record PersonV1(
    [property: JsonPropertyName("i")] string Id,
    [property: JsonPropertyName("s")] Side Side,
    [property: JsonPropertyName("t")] int Term,
    [property: JsonPropertyName("st")] PersonStatus Status,
    [property: JsonPropertyName("g")] string? StageId,
    [property: JsonPropertyName("d")] PersonDetailsV1? Details);

internal sealed record RequestV1(
    [property: JsonPropertyName("i")] string Id,
    [property: JsonPropertyName("s")] Side Side,
    [property: JsonPropertyName("t")] int? Term,
    [property: JsonPropertyName("st")] RequestStatus Status,
    [property: JsonPropertyName("d")] PersonDetailsV1? Details);

internal sealed record PersonDetailsV1(
    [property: JsonPropertyName("n")] PersonNameV1[] Names,
    [property: JsonPropertyName("b")] int? DateOfBirth,
    [property: JsonPropertyName("c")] string[]? Categories,
    [property: JsonPropertyName("id")] KeyValueV1[]? Identifiers);

internal sealed record PersonNameV1(
    [property: JsonPropertyName("t")] string Text,
    [property: JsonPropertyName("s")] string? Surname,
    [property: JsonPropertyName("g")] string? Given,
    [property: JsonPropertyName("p")] string? Patronymic);

internal sealed record StageV1(
    string Id, int Number, int Date, int PlannedA, int PlannedB, StageStatus Status, long? ClosedAt, int DeclinedA, int DeclinedB);

internal sealed record TallyCountV1(string? StageId, Side Side, int Term, PersonStatus Status, int Count);

internal sealed record RequestCountV1(Side Side, RequestStatus Status, int Count);

internal sealed record ExchangeErasureV1(long At, ActorV1? By, int People, bool Forced, string? Reason);

internal sealed record ActorV1(ActorRole Role, string Id, string? Party);
