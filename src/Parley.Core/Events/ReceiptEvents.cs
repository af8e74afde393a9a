using Parley.Core.Exchanges;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// Family receipts (docs/public-record.md, "Family receipts"). The public part says only that a receipt was issued or
// revoked in an exchange, and by whom: not for whom. The request and the hashes of the code are private, so the
// permanent public record holds nothing derived from a family's code and links no receipt to a person id, and an
// erasure of the exchange's private parts kills its receipts.

/// <summary>A family receipt issued: <see cref="Receipt"/> is its public id within the exchange; the rest is private.</summary>
[WireName("receipt.issued")]
public sealed record ReceiptIssued(string Exchange, string Receipt, ReceiptSecret? Secret) : DomainEvent;

/// <summary>A family receipt revoked: its code opens nothing from this event on.</summary>
[WireName("receipt.revoked")]
public sealed record ReceiptRevoked(string Exchange, string Receipt) : DomainEvent;

/// <summary>
/// The private part of a receipt: the request it is for, the SHA-256 of its code (<c>Lookup</c>) and of its feed
/// capability (<c>FeedLookup</c>), both hexadecimal. Never the code.
/// </summary>
public sealed record ReceiptSecret(string Request, string Lookup, string FeedLookup) : IPersonalData;
