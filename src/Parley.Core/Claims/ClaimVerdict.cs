namespace Parley.Core.Claims;

/// <summary>How a claim stands against the record.</summary>
public enum ClaimVerdict
{
    /// <summary>The record shows the claimed figure.</summary>
    Agrees,

    /// <summary>The record shows another figure, and it is final (the stage closed, or the exchange fulfilled), or larger than claimed.</summary>
    Differs,

    /// <summary>The record shows less than claimed so far, and may still catch up (the stage or the exchange is still open).</summary>
    NotYetInRecord,
}

public static class ClaimVerdictExtensions
{
    public static string ToWord(this ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Agrees => "agrees",
        ClaimVerdict.Differs => "differs",
        _ => "not-yet-in-record",
    };
}
