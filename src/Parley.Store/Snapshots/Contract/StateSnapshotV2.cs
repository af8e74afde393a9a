namespace Parley.Store.Snapshots.Contract;

/// <summary>
/// Format 2 of a state snapshot (<see cref="SnapshotFormat"/>): the whole <see cref="Core.State.ParleyState"/> as plain
/// data, one record per domain type, so that a change to the domain cannot change what is stored without this contract
/// changing with it. Collections are arrays in key order (ordinal); an entity kept in a dictionary under its own id is
/// stored once, its key read back from it. Instants are nanoseconds since the Unix epoch, dates ISO day numbers
/// (<see cref="DateOnly.DayNumber"/>), enums their names. Built and read by <see cref="SnapshotMapping"/>. Types unchanged
/// since format 1 keep their V1 names. Format 2 keeps each exchange's lists and matching as parts of their own
/// (<see cref="SnapshotParts"/>), read only when first used.
/// </summary>
internal sealed record StateSnapshotV2(
    long Version,
    PartyV1[] Parties,
    MediatorV1[] Mediators,
    RoundV1[] Rounds,
    StatementV1[] Statements,
    AgreementV1[] Agreements,
    ExchangeV2[] Exchanges,
    OfficerV1[] Officers,
    KeyValueV1[] PartyKeys,
    PressEntryV1[] Entries,
    ClaimV1[] Claims,
    RecordCorrectionV1[] Corrections,
    FamilyReceiptV1[] Receipts,
    StoredMatchingV2[] Matching);

internal sealed record KeyValueV1(string Key, string Value);
