namespace Parley.Matching.Reconciliation;

/// <summary>
/// Why a pair whose weight makes it a match was held at review instead: each a stated reason a person should look,
/// never a weak field that differs (issue 10).
/// </summary>
public enum Hold
{
    /// <summary>Not held: the decision is what the weight says.</summary>
    None = 0,

    /// <summary>Another candidate of one of the two records, a different person, comes within the ambiguity margin.</summary>
    Rival,

    /// <summary>A strong identifier clashes: both give a service number, and they differ.</summary>
    Clash,

    /// <summary>The pair stands through a record that may be a copy of another one in its list, or a namesake (one of the two gives no date).</summary>
    PossibleCopy,
}
