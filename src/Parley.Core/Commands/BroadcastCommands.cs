using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Rules;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

/// <summary>
/// The press officer posts an entry to the live broadcast of a round or an exchange (<see cref="Live"/>). A correction
/// is a new entry naming the one it corrects in <see cref="Corrects"/>; nothing already posted is ever edited.
/// <see cref="Byline"/> names who wrote it, as a newsroom credits it; <see cref="At"/> is when what it reports happened,
/// for an entry written after the fact (not in the future), else when it is posted.
/// </summary>
[WireName("post-entry"), IssuedBy(ActorRole.Press)]
public sealed record PostEntry(string Id, string Live, [Text(TextKind.Markdown)] string Markdown, bool Key = false, string? Corrects = null,
    [Text(TextKind.Line)] string? Byline = null, Instant? At = null, bool NamesConfirmed = false) : Command, INamesConfirmation;
