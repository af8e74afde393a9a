using NodaTime;

namespace Parley.Core.Talks;

/// <summary>
/// A correction (or, when <see cref="Retracts"/>, a retraction) of an entry of the talks record: a new entry shown beside
/// the original, which is never edited. <see cref="Note"/> says what was wrong and what is right. Immutable.
/// </summary>
public sealed record RecordCorrection(string Id, RecordKind Kind, string Target, string Note, bool Retracts, Instant At);
