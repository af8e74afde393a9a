using System.Collections.Immutable;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// Everything one simulation needs, in flat arrays indexed by <c>term * 2 + side</c> so a run touches no dictionary:
/// the formula's quantities, what each side holds per term now, the stages already planned, and how each run draws its
/// rates. Days count from the forecast's as-of date (day 0).
/// </summary>
internal sealed class ForecastPlan
{
    /// <summary>A horizon of three years: a run that has not fulfilled the exchange by then counts as never.</summary>
    public const int HorizonDays = 3 * 365;

    public ForecastPlan(ExchangeFormula formula, ListCounts counts)
    {
        Terms = formula.Terms.Length;
        Kind = new QuantityKind[Terms * 2];
        Count = new int[Terms * 2];
        Balanced = new bool[Terms];
        AllForAll = new bool[Terms];
        Released0 = new int[Terms * 2];
        Ready0 = new int[Terms * 2];
        Unverified0 = new int[Terms * 2];
        UnverifiedTotal = new int[2];
        for (var term = 0; term < Terms; term++)
        {
            var formulaTerm = formula.Terms[term];
            AllForAll[term] = formulaTerm.SideA is Quantity.All && formulaTerm.SideB is Quantity.All;
            Balanced[term] = formulaTerm.IsBalanced && !AllForAll[term];
            foreach (var side in new[] { Side.A, Side.B })
            {
                var i = term * 2 + (int)side;
                (Kind[i], Count[i]) = (side == Side.A ? formulaTerm.SideA : formulaTerm.SideB) switch
                {
                    Quantity.Exactly e => (QuantityKind.Exactly, e.Count),
                    Quantity.AtLeast a => (QuantityKind.AtLeast, a.Count),
                    _ => (QuantityKind.All, 0),
                };
                var held = counts[term, side];
                Released0[i] = held.Released;
                Ready0[i] = held.Ready;
                Unverified0[i] = held.Offered + held.Matched;
                UnverifiedTotal[(int)side] += Unverified0[i];
            }
        }
        Floor = formula.TotalFloorEachSide ?? 0;
    }

    public int Terms { get; }

    public QuantityKind[] Kind { get; }

    public int[] Count { get; }

    /// <summary>Balanced terms other than <c>all for all</c>: both sides release the same number in every stage.</summary>
    public bool[] Balanced { get; }

    /// <summary><c>all for all</c>: balanced until one side runs out.</summary>
    public bool[] AllForAll { get; }

    public int Floor { get; }

    public int[] Released0 { get; }

    /// <summary>Verified or scheduled now: ready for the next stage.</summary>
    public int[] Ready0 { get; }

    /// <summary>Pending but not yet verified (offered or matched): the verifier's queue.</summary>
    public int[] Unverified0 { get; }

    public int[] UnverifiedTotal { get; }

    /// <summary>Stages planned and still open: day and numbers.</summary>
    public ImmutableArray<(int Day, int A, int B)> Planned { get; init; } = [];

    /// <summary>The day of the last stage held (0 or before), from which the next stage is a gap away.</summary>
    public double LastHeldDay { get; init; }

    /// <summary>Stages already held, so the stages to come are numbered after them.</summary>
    public int HeldStages { get; init; }

    public RateDraw[] VerifiedPerDay { get; init; } = [new RateDraw.Fixed(0), new RateDraw.Fixed(0)];

    public RateDraw[] DeclineShare { get; init; } = [new RateDraw.Fixed(0), new RateDraw.Fixed(0)];

    public RateDraw StageCapacity { get; init; } = new RateDraw.Fixed(0);

    public RateDraw DaysBetweenStages { get; init; } = new RateDraw.Fixed(1);

    public enum QuantityKind : byte
    {
        Exactly,
        AtLeast,
        All,
    }
}
