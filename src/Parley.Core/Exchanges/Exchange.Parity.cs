namespace Parley.Core.Exchanges;

// Stage parity: the semantics are written down in docs/formula.md.
public sealed partial record Exchange
{
    /// <summary>
    /// Why a stage's parity does not hold, or null when it does. A balanced term needs both sides to release the
    /// same number under it in the stage; under <c>all for all</c> a side may release fewer only when it has run out.
    /// Unbalanced terms (such as <c>6000 for all of bodies</c>) impose no parity.
    /// </summary>
    public string? ParityProblem(string stageId)
    {
        for (var term = 0; term < TermCount; term++)
        {
            var formulaTerm = Formula.Terms[term];
            if (!formulaTerm.IsBalanced)
            {
                continue;
            }
            var a = Released(Side.A, term, stageId);
            var b = Released(Side.B, term, stageId);
            if (a == b)
            {
                continue;
            }
            var shortSide = a < b ? Side.A : Side.B;
            var ranOut = formulaTerm.SideA is Formulas.Quantity.All && Pending(shortSide, term) == 0;
            if (!ranOut)
            {
                return $"stage '{stageId}' releases {a} from side A ({SideA}) and {b} from side B ({SideB}) under term {term + 1} ({formulaTerm}), which must be balanced 1:1{DeclinedNote(stageId)}";
            }
        }
        return null;
    }

    /// <summary>Says who declined to return after being scheduled into the stage, when anyone did: often why a stage is short.</summary>
    private string DeclinedNote(string stageId)
    {
        var stage = Stages[stageId];
        if (stage.DeclinedA + stage.DeclinedB == 0)
        {
            return "";
        }
        var parts = new List<string>();
        foreach (var side in new[] { Side.A, Side.B })
        {
            if (stage.Declined(side) > 0)
            {
                parts.Add($"{stage.Declined(side)} of side {side} ({PartyOf(side)})");
            }
        }
        return $"; declined to return after being scheduled into it (their right): {string.Join(" and ", parts)}";
    }
}
