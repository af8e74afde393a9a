using NodaTime;

namespace Parley.Core.Broadcast.Live;

/// <summary>
/// One entry of a live page, identified on the wire by the log sequence number of the event it comes from (the SSE id),
/// so that resuming after a sequence number gives exactly the entries missed. A press entry has <see cref="Markdown"/>;
/// an automatic one, made from a ledger event, has <see cref="Auto"/>, worded in the reader's language when shown.
/// Immutable: a correction replaces the corrected entry with a copy that names it in <see cref="CorrectedBy"/>.
/// </summary>
public sealed record LiveEntry(
    long Sequence, string Id, Instant At, bool Key, string? Markdown, AutoText? Auto, string? Corrects, string? CorrectedBy)
{
    public bool IsPress => Markdown is not null;

    /// <summary>Who wrote a press entry, as the press officer credited it; null when uncredited (and for automatic entries).</summary>
    public string? Byline { get; init; }

    /// <summary>The element id of the entry in the page and the anchor in feed links.</summary>
    public string Anchor => "e-" + Id;
}
