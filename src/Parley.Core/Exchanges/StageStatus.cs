namespace Parley.Core.Exchanges;

public enum StageStatus
{
    Open,
    Closed,

    /// <summary>Called off before anyone was scheduled into it.</summary>
    Cancelled,
}
