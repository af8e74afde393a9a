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
/// A submission signed by a party officer (docs/public-record.md §8): <paramref name="Inner"/> (a list, an amendment,
/// a confirmation of release or receipt) parsed from <paramref name="Text"/>, the exact text that was committed to and
/// signed. The store checks the signature before deciding; the decider checks the officer, the party and that the
/// counter rises, then decides the inner command as the officer.
/// </summary>
[WireName("signed-submission"), IssuedBy(ActorRole.Party | ActorRole.Mediator)]
public sealed record SubmitSigned(string Exchange, string Party, string Officer, long Counter, [Text(TextKind.Multiline)] string Text, Command Inner) : Command;
