using NodaTime;

namespace Parley.Core.Broadcast;

/// <summary>
/// An entry of the live broadcast as the press officer wrote it, in Markdown. Immutable: a correction is another entry
/// whose <see cref="Corrects"/> names this one, and this one then records it in <see cref="CorrectedBy"/>.
/// </summary>
public sealed record PressEntry(string Id, string Live, string Markdown, bool Key, string? Corrects, Instant At, string? CorrectedBy);
