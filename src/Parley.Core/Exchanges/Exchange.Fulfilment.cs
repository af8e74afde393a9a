using Parley.Core.Formulas;

namespace Parley.Core.Exchanges;

// When terms are fulfilled: the semantics are written down in docs/formula.md.
public sealed partial record Exchange
{
    /// <summary>A side has fulfilled a term when its released count meets the quantity; under <c>all</c>, when it holds no one pending.</summary>
    public bool TermFulfilledBy(int term, Side side) => QuantityOf(term, side) switch
    {
        Quantity.Exactly exactly => Released(side, term) == exactly.Count,
        Quantity.AtLeast atLeast => Released(side, term) >= atLeast.Count,
        Quantity.All => Pending(side, term) == 0,
        var other => throw new InvalidOperationException($"Unknown quantity {other}."),
    };

    public bool TermFulfilled(int term) => TermFulfilledBy(term, Side.A) && TermFulfilledBy(term, Side.B);

    public bool FloorMetBy(Side side) =>
        Formula.TotalFloorEachSide is not { } floor || ReleasedAllTerms(side) >= floor;

    /// <summary>Every term fulfilled by both sides and the agreement-wide floor met by each.</summary>
    public bool IsFulfilled()
    {
        for (var term = 0; term < TermCount; term++)
        {
            if (!TermFulfilled(term))
            {
                return false;
            }
        }
        return FloorMetBy(Side.A) && FloorMetBy(Side.B);
    }

    /// <summary>The most people a side may still schedule under a term, or null when the quantity sets no cap.</summary>
    public int? RemainingCapacity(int term, Side side) => QuantityOf(term, side) switch
    {
        Quantity.Exactly exactly => exactly.Count - Tally.Count(null, side, term, PersonStatusExtensions.CountsAgainstQuantity),
        _ => null,
    };
}
