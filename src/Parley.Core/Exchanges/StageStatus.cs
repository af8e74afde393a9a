namespace Parley.Core.Exchanges;

public enum StageStatus
{
    Open,
    Closed,

    /// <summary>Called off before anyone was scheduled into it.</summary>
    Cancelled,
}

public static class StageStatusExtensions
{
    public static string ToWord(this StageStatus status) => status.ToString().ToLowerInvariant();
}
