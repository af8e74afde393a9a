using System.Collections.Immutable;
using NodaTime;

namespace Parley.Server.Live;

/// <summary>
/// One entry of a live broadcast, identified on the wire by the log sequence number of the event it comes from (the SSE
/// id), so that resuming after a sequence number gives exactly the entries missed. A press entry has
/// <see cref="Markdown"/>; an automatic one, made from a ledger event, has <see cref="Auto"/>, rendered in the reader's language.
/// </summary>
public sealed record LiveItem(
    long Sequence, string Id, Instant At, bool Key, string? Markdown, AutoText? Auto, string? Corrects, string? CorrectedBy)
{
    public bool IsPress => Markdown is not null;

    /// <summary>The element id of the entry in the page and the anchor in feed links.</summary>
    public string Anchor => "e-" + Id;
}

/// <summary>An automatic entry: the kind of ledger event and its public values, formatted by <see cref="Texts"/> per language.</summary>
public sealed record AutoText(string Kind, ImmutableArray<object> Args);
