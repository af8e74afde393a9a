using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Rules;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

/// <summary>
/// Registers a party officer's public key (a signed-note verifier key, <c>name+keyid+base64</c>); the officer's private
/// key never reaches Parley. <paramref name="Officer"/> is the key's name. Once the party's own key is recorded
/// (<see cref="RegisterPartyKey"/>), <paramref name="Endorsement"/> is required: that key's signature over the officer's
/// key (docs/public-record.md §8, <c>parley keys endorse</c>), which the store checks before anything is decided, so
/// that an officer speaks for a party on the party's word, not on the mediator's alone.
/// </summary>
[WireName("register-officer"), IssuedBy(ActorRole.Mediator)]
public sealed record RegisterOfficer(string Party, string Officer, string Key, string? Endorsement = null) : Command;

/// <summary>
/// Records a party's own key (a verifier key of type 0x01), once: from then on the party's officers and witnesses are
/// registered, and their keys rotated, only with that key's endorsement. The party checks the recorded key in the public
/// record; the mediator can no longer speak for it.
/// </summary>
[WireName("register-party-key"), IssuedBy(ActorRole.Mediator)]
public sealed record RegisterPartyKey(string Party, string Key) : Command;

/// <summary>
/// Revokes an officer's key (lost, stolen, or the officer gone), or retires a witness: recorded, with a public
/// <paramref name="Reason"/>. Submissions signed with it are refused from then on.
/// </summary>
[WireName("revoke-officer-key"), IssuedBy(ActorRole.Mediator)]
public sealed record RevokeOfficerKey(string Officer, string Reason) : Command;

/// <summary>
/// Replaces an officer's signing key with <paramref name="Key"/> (a verifier key with the same name and a new key ID);
/// the old key signs nothing from then on.
/// </summary>
[WireName("rotate-officer-key"), IssuedBy(ActorRole.Mediator)]
public sealed record RotateOfficerKey(string Officer, string Key, string? Endorsement = null) : Command;

/// <summary>
/// A submission signed by a party officer (docs/public-record.md §8): <paramref name="Inner"/> (a list, an amendment,
/// a confirmation of release or receipt) parsed from <paramref name="Text"/>, the exact text that was committed to and
/// signed. The store checks the signature before deciding; the decider checks the officer, the party and that the
/// counter rises, that the key is not revoked and that the submission has not expired (<paramref name="NotAfter"/>, v2),
/// then decides the inner command as the officer. <paramref name="Origin"/> (v2) is the log it was signed for: the store
/// checks it against its own.
/// </summary>
[WireName("signed-submission"), IssuedBy(ActorRole.Party | ActorRole.Mediator)]
public sealed record SubmitSigned(
    string Exchange, string Party, string Officer, long Counter, [Text(TextKind.Multiline)] string Text, Command Inner, string? Origin = null, Instant? NotAfter = null)
    : Command;
