using NodaTime;
using Parley.Core.Exchanges;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// The public record's submitters: officers' public keys, and the signed submissions they make.

/// <summary>
/// An officer's (or a witness's) key registered; <see cref="Endorsement"/> is the party key's signature over it (null
/// for a party without a recorded key), public so that anyone can check it against <see cref="PartyKeyRegistered"/>.
/// </summary>
[WireName("officer.registered")]
public sealed record OfficerRegistered(string Party, string Officer, string Key, string? Endorsement = null) : DomainEvent;

/// <summary>A party's own key recorded: it endorses the party's officers and witnesses from then on.</summary>
[WireName("party.key-registered")]
public sealed record PartyKeyRegistered(string Party, string Key) : DomainEvent;

/// <summary>
/// An officer's (or a witness's) key revoked: from this event on, no submission signed with it is accepted and, for a
/// witness, no checkpoint waits for its cosignature (the witness is retired). <see cref="Reason"/> is public.
/// </summary>
[WireName("officer.key-revoked")]
public sealed record OfficerKeyRevoked(string Party, string Officer, string Reason) : DomainEvent;

/// <summary>
/// An officer's key replaced by <see cref="Key"/> (same key name, a new key ID): submissions from this event on must be
/// signed with the new key; the counter carries on, so nothing signed before can be replayed. A revoked officer is
/// active again with the new key.
/// </summary>
[WireName("officer.key-rotated")]
public sealed record OfficerKeyRotated(string Party, string Officer, string Key, string? Endorsement = null) : DomainEvent;

/// <summary>
/// A signed submission accepted: its public leaf carries the exchange, party, officer, counter and command name, the
/// commitment to <see cref="Content"/> (the submitted text, private: it may hold personal data) and the signature.
/// A <c>parley-submission/v2</c> submission also carries the log <see cref="Origin"/> and the <see cref="NotAfter"/>
/// time it was signed for (both null in v1 entries). The events the submission decided follow it in the log.
/// </summary>
[WireName("submission.signed")]
public sealed record SubmissionSigned(
    string Exchange, string Party, string Officer, long Counter, string Command, SubmittedText Content, string? Origin = null, Instant? NotAfter = null)
    : DomainEvent;

/// <summary>The exact text of a signed submission: private, because a list holds personal data.</summary>
public sealed record SubmittedText(string Text) : IPersonalData;
