namespace Parley.Store;

/// <summary>An event as the log holds it. Immutable by convention: readers must not change the byte arrays.</summary>
/// <param name="Sequence">The 1-based, gapless position of the event in the log.</param>
/// <param name="Type">The event type name.</param>
/// <param name="RecordedAtUnixMs">When the event was recorded, in milliseconds since the Unix epoch.</param>
/// <param name="Public">The public part: UTF-8 JSON bytes.</param>
/// <param name="Private">The private part (personal data), or null.</param>
public sealed record StoredEvent(long Sequence, string Type, long RecordedAtUnixMs, byte[] Public, byte[]? Private);
