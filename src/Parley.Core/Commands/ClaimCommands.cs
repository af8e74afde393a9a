using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Claims;
using Parley.Core.Wire;

namespace Parley.Core.Commands;

/// <summary>
/// Records what someone announced about an exchange ("390 of ours came home today"): who (<see cref="Claimant"/>), where
/// it was reported (<see cref="Source"/>), when it was said (<see cref="At"/>), and which figure of which direction
/// (<see cref="Holder"/> is the party that holds, and releases, the people counted), optionally in one stage. The
/// record is not changed by a claim; the claim is shown beside what the record says (<see cref="ClaimCheck"/>).
/// </summary>
[WireName("record-claim"), IssuedBy(ActorRole.Press | ActorRole.Mediator)]
public sealed record RecordClaim(
    string Id, string Exchange, string Claimant, string Holder, ClaimFigure Figure, int Value, Uri Source, Instant At, string? Stage = null,
    bool NamesConfirmed = false)
    : Command, Rules.INamesConfirmation;
