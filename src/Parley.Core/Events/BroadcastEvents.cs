using NodaTime;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// The live broadcast: press entries are public by nature (the press officer writes for the public).

/// <remarks><see cref="NamesConfirmed"/>: true when the press officer confirmed that the entry may name someone on a list (else null).</remarks>
[WireName("entry.posted"), LiveEntry]
public sealed record EntryPosted(string Id, string Live, string Markdown, bool Key, string? Corrects, Instant At, string? Byline = null, bool? NamesConfirmed = null) : DomainEvent;
