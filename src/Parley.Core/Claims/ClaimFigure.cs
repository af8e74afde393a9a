namespace Parley.Core.Claims;

/// <summary>
/// The public figure of a direction a claim is about: the same words as the figures Parley publishes
/// (<see cref="Exchanges.DirectionCounts"/>). In a stage, only the people who pass through it count.
/// </summary>
public enum ClaimFigure
{
    Requested,
    Outstanding,
    Offered,
    Matched,
    Verified,
    Declined,
    Scheduled,
    Released,
    Received,
}

public static class ClaimFigureExtensions
{
    /// <summary>Whether a stage has this figure of its own (people scheduled into, released in, received from, or who declined in it).</summary>
    public static bool AppliesToStage(this ClaimFigure figure) =>
        figure is ClaimFigure.Scheduled or ClaimFigure.Released or ClaimFigure.Received or ClaimFigure.Declined;

    public static string ToWord(this ClaimFigure figure) => figure.ToString().ToLowerInvariant();
}
