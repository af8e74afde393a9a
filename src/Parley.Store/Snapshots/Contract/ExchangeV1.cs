using Parley.Core;
using Parley.Core.Actors;
using Parley.Core.Exchanges;

namespace Parley.Store.Snapshots.Contract;

// An exchange in snapshot format 1 (StateSnapshotV1 says the conventions). The lists' personal data (PersonDetailsV1) is
// here until the exchange's erasure: erasing deletes every snapshot (Snapshots/SnapshotTable).

internal sealed record ExchangeV1(
    string Id, string AgreementId, string SideA, string SideB, string Formula, PersonV1[] Persons, StageV1[] Stages,
    TallyCountV1[] Tally, bool Fulfilled, RequestV1[] Requests, RequestCountV1[] RequestTally, long? FulfilledAt,
    ExchangeErasureV1? Erasure);

internal sealed record PersonV1(string Id, Side Side, int Term, PersonStatus Status, string? StageId, PersonDetailsV1? Details);

internal sealed record RequestV1(string Id, Side Side, int? Term, RequestStatus Status, PersonDetailsV1? Details);

internal sealed record PersonDetailsV1(PersonNameV1[] Names, int? DateOfBirth, string[] Categories, KeyValueV1[] Identifiers);

internal sealed record PersonNameV1(string Text, string? Surname, string? Given, string? Patronymic);

internal sealed record StageV1(
    string Id, int Number, int Date, int PlannedA, int PlannedB, StageStatus Status, long? ClosedAt, int DeclinedA, int DeclinedB);

internal sealed record TallyCountV1(string? StageId, Side Side, int Term, PersonStatus Status, int Count);

internal sealed record RequestCountV1(Side Side, RequestStatus Status, int Count);

internal sealed record ExchangeErasureV1(long At, ActorV1? By, int People, bool Forced, string? Reason);

internal sealed record ActorV1(ActorRole Role, string Id, string? Party);
