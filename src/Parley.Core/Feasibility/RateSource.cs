namespace Parley.Core.Feasibility;

/// <summary>Where a rate of the forecast comes from.</summary>
public enum RateSource
{
    /// <summary>Measured from this exchange's log.</summary>
    Observed,

    /// <summary>Not observable yet; an assumption stated beside it.</summary>
    Assumed,

    /// <summary>Given by whoever asked (a what-if).</summary>
    Override,

    /// <summary>A stage already planned, on its date with its numbers.</summary>
    Planned,

    /// <summary>Not needed for this exchange (nobody is still to be verified, say).</summary>
    NotNeeded,
}
