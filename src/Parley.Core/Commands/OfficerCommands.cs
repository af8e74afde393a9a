using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Rules;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

/// <summary>
/// Registers a party officer's public key (a signed-note verifier key, <c>name+keyid+base64</c>); the officer's private
/// key never reaches Parley. <paramref name="Officer"/> is the key's name.
/// </summary>
[WireName("register-officer"), IssuedBy(ActorRole.Mediator)]
public sealed record RegisterOfficer(string Party, string Officer, string Key) : Command;

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
public sealed record RotateOfficerKey(string Officer, string Key) : Command;

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
