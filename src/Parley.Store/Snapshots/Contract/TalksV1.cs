using Parley.Core.Talks;

namespace Parley.Store.Snapshots.Contract;

// The talks record in snapshot format 1 (StateSnapshotV1 says the conventions).

internal sealed record PartyV1(string Code, string Name);

internal sealed record MediatorV1(string Id, string Name, string? Representative);

internal sealed record RoundV1(
    string Id, int Number, string Venue, string City, string Zone, long ScheduledStart, string? MediatorId, RoundStatus Status,
    long? ActualStart, long? End, DelegationV1[] Delegations);

internal sealed record DelegationV1(string Party, DelegationMemberV1[] Members);

internal sealed record DelegationMemberV1(string Name, DelegationRole Role, string? Title);

internal sealed record StatementV1(
    string Id, string RoundId, string Speaker, string? PartyCode, long At, string Language, string? Quote,
    StatementSourceV1[] Sources, TranslationV1[] Translations);

internal sealed record StatementSourceV1(string Url, string Outlet, long? Seen);

internal sealed record TranslationV1(string Language, string Quote);

/// <summary>An agreement; its exchange terms as their canonical formula text (ExchangeFormula.ToString, parsed back).</summary>
internal sealed record AgreementV1(string Id, string RoundId, string Title, string Text, string? Terms, string[] Signatories);

internal sealed record RecordCorrectionV1(string Id, RecordKind Kind, string Target, string Note, bool Retracts, long At);
