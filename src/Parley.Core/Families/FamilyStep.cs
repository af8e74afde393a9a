using NodaTime;

namespace Parley.Core.Families;

/// <summary>
/// One change of a requested person's status: when it happened, and for a stage, which stage (its id, public). The
/// <see cref="Sequence"/> is the log position that recorded it (the family's event stream resumes from it).
/// </summary>
public sealed record FamilyStep(long Sequence, FamilyStatus Status, Instant At, string? Stage);
