using Parley.Core.Actors;
using Parley.Core.Rules;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

/// <summary>
/// The press officer posts an entry to the live broadcast of a round or an exchange (<see cref="Live"/>). A correction
/// is a new entry naming the one it corrects in <see cref="Corrects"/>; nothing already posted is ever edited.
/// </summary>
[WireName("post-entry"), IssuedBy(ActorRole.Press)]
public sealed record PostEntry(string Id, string Live, [Text(TextKind.Markdown)] string Markdown, bool Key = false, string? Corrects = null) : Command;
