using NodaTime;

namespace Parley.Core.Talks;

/// <summary>A public statement attributed to a named official, with the source it was reported in; immutable.</summary>
public sealed record Statement(
    string Id,
    string RoundId,
    string Speaker,
    string? PartyCode,
    Instant At,
    string Language,
    string Quote,
    Uri Source);
