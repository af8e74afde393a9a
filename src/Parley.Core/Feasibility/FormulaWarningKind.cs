namespace Parley.Core.Feasibility;

/// <summary>Why a term (or the floor) of a formula can never be met.</summary>
public enum FormulaWarningKind
{
    /// <summary>Every term of a side is exact and their numbers add up to less than the <c>in total</c> floor: whatever the lists.</summary>
    FloorAboveCaps,

    /// <summary>None of a term's categories is on any list of the record: no one can fall under it.</summary>
    TermOnNoList,

    /// <summary>One of a term's categories is on no list of the record (the others are).</summary>
    CategoryOnNoList,

    /// <summary>Everyone listed with the term's categories also carries an earlier term's and falls under that one.</summary>
    Shadowed,
}
