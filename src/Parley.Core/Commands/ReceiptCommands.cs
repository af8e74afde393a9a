using Parley.Core.Actors;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

/// <summary>
/// Issues a family receipt for <paramref name="Request"/>, an entry of the issuing party's own request list. The code is
/// made at the edge (never in the domain, never in a command): the command carries only its hashes,
/// <paramref name="Lookup"/> and <paramref name="FeedLookup"/> (<see cref="Families.ReceiptCode"/>). With
/// <paramref name="Reissue"/>, a live receipt of the same request is revoked first; without it, one is refused.
/// </summary>
[WireName("issue-receipt"), IssuedBy(ActorRole.Party)]
public sealed record IssueReceipt(string Exchange, string Request, string Lookup, string FeedLookup, bool Reissue = false) : Command;

/// <summary>Revokes the live family receipt of <paramref name="Request"/>: its code opens nothing from then on.</summary>
[WireName("revoke-receipt"), IssuedBy(ActorRole.Party)]
public sealed record RevokeReceipt(string Exchange, string Request) : Command;
