namespace Parley.Store;

/// <summary>
/// An event as a caller hands it to <see cref="IEventLog.AppendBatch"/>: the log assigns the sequence number.
/// Validated on construction and on <c>with</c>. Immutable by convention: the log does not copy the byte arrays, so callers must not change them after handing them over.
/// </summary>
/// <param name="Type">The event type name; not blank.</param>
/// <param name="RecordedAtUnixMs">When the event was recorded, in milliseconds since the Unix epoch (caller-supplied); not negative.</param>
/// <param name="Public">The public part: UTF-8 JSON bytes that anyone may read.</param>
/// <param name="Private">The private part (personal data lives only here), or null when the event concerns no person.</param>
public sealed record EventToAppend(string Type, long RecordedAtUnixMs, byte[] Public, byte[]? Private)
{
    /// <summary>The event type name; not blank.</summary>
    public string Type { get; init => field = CheckType(value); } = CheckType(Type);

    /// <summary>Milliseconds since the Unix epoch; not negative.</summary>
    public long RecordedAtUnixMs { get; init => field = CheckRecordedAt(value); } = CheckRecordedAt(RecordedAtUnixMs);

    /// <summary>The public part: UTF-8 JSON bytes.</summary>
    public byte[] Public { get; init => field = CheckPublic(value); } = CheckPublic(Public);

    /// <summary>
    /// The salt for the commitment to <see cref="Private"/> when the caller chose it (a signed submission's signer
    /// commits before the store sees it); null lets the public record draw a fresh one (docs/public-record.md §7).
    /// </summary>
    public byte[]? Salt { get; init; }

    /// <summary>
    /// The exchange whose earlier private parts this event erases (an <c>exchange.erased</c> event), or null: the log
    /// sets their private parts and salts to NULL in the same transaction, and leaves nothing of them in its files.
    /// </summary>
    public string? Erases { get; init; }

    /// <summary>The submitter's signature the leaf carries (a signed submission), or null.</summary>
    public Parley.Ledger.Records.LeafSignature? Signature { get; init; }

    private static string CheckType(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type, nameof(Type));
        return type;
    }

    private static long CheckRecordedAt(long recordedAtUnixMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recordedAtUnixMs, nameof(RecordedAtUnixMs));
        return recordedAtUnixMs;
    }

    private static byte[] CheckPublic(byte[] @public)
    {
        ArgumentNullException.ThrowIfNull(@public, nameof(Public));
        return @public;
    }

    /// <summary>A batch to append is a list with no missing element (either store refuses it before it touches the database).</summary>
    internal static void CheckBatch(IReadOnlyList<EventToAppend> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is null)
            {
                throw new ArgumentException($"{nameof(events)} must not contain null; element {i} is null.", nameof(events));
            }
        }
    }
}
