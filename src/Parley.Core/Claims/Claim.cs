using NodaTime;

namespace Parley.Core.Claims;

/// <summary>A recorded claim (<see cref="Events.ClaimRecorded"/>): public, never about a person.</summary>
public sealed record Claim(
    string Id, string Exchange, string Claimant, string Holder, ClaimFigure Figure, string? Stage, int Value, string Source, Instant At);
