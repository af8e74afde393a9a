namespace Parley.Store.Snapshots.Contract;

/// <summary>
/// Format 1 of a state snapshot (<see cref="SnapshotFormat"/>): the whole <see cref="Core.State.ParleyState"/> as plain
/// data, one record per domain type, so that a change to the domain cannot change what is stored without this contract
/// changing with it. Collections are arrays in key order (ordinal); an entity kept in a dictionary under its own id is
/// stored once, its key read back from it. Instants are nanoseconds since the Unix epoch, dates ISO day numbers
/// (<see cref="DateOnly.DayNumber"/>), enums their names. Built and read by <see cref="SnapshotMapping"/>.
/// </summary>
internal sealed record StateSnapshotV1(
    long Version,
    PartyV1[] Parties,
    MediatorV1[] Mediators,
    RoundV1[] Rounds,
    StatementV1[] Statements,
    AgreementV1[] Agreements,
    ExchangeV1[] Exchanges,
    OfficerV1[] Officers,
    KeyValueV1[] PartyKeys,
    PressEntryV1[] Entries,
    ClaimV1[] Claims,
    RecordCorrectionV1[] Corrections,
    FamilyReceiptV1[] Receipts,
    ExchangeMatchingV1[] Matching);

internal sealed record KeyValueV1(string Key, string Value);
