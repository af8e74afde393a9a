namespace Parley.Core.Feasibility;

/// <summary>
/// How far along the lifecycle a person must be to count as supply for a formula. Each level counts everyone already
/// released plus the people still pending who have got at least this far; the levels nest, widest first.
/// </summary>
public enum Readiness
{
    /// <summary>On the holding side's offer list, or asked for by the receiving side but not (yet) offered.</summary>
    Asked,

    /// <summary>On the holding side's offer list and still pending (offered, matched, verified or scheduled): the headline.</summary>
    Offered,

    /// <summary>Matched (a person in the exchange) or further along.</summary>
    Matched,

    /// <summary>Verified by the neutral verifier (identity and consent), scheduled or released: ready to go.</summary>
    Verified,
}

public static class ReadinessExtensions
{
    public static string ToWord(this Readiness readiness) => readiness.ToString().ToLowerInvariant();

    /// <summary>How the level reads in a sentence about a side's people: "people on its offer list", "verified people".</summary>
    public static string Describe(this Readiness readiness) => readiness switch
    {
        Readiness.Asked => "people offered or asked for",
        Readiness.Offered => "people on its offer list",
        Readiness.Matched => "matched people",
        Readiness.Verified => "verified people",
        _ => throw new ArgumentOutOfRangeException(nameof(readiness), readiness, "readiness must be a defined level."),
    };
}
