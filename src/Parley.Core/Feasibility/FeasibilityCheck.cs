using System.Collections.Immutable;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// Decides whether a formula can be fulfilled from what the lists hold, exactly. Every person is attributed to one term
/// (<see cref="ExchangeFormula.TermIndexFor"/>), so choosing whom to release comes down to choosing how many per term and
/// side, and the formula's semantics (docs/formula.md) give for each term a set of allowed counts:
/// <list type="bullet">
/// <item><c>N</c>: exactly N, so the side needs N and must not have released more;</item>
/// <item><c>at least N</c>: N up to everyone it holds; when balanced, both sides the same number, no fewer than either
/// has already released and no more than the smaller side holds;</item>
/// <item><c>all</c>: everyone it holds, always possible.</item>
/// </list>
/// The floor only gains from releasing more, so it is met by some choice exactly when it is met by the largest allowed
/// counts, which the terms allow together. Hence the conditions below are necessary and sufficient; the property tests
/// check them against an exhaustive search over subsets of listed people.
/// </summary>
public static class FeasibilityCheck
{
    public static FeasibilityVerdict Evaluate(ExchangeFormula formula, ListCounts counts, Readiness readiness)
    {
        var constraints = ImmutableArray.CreateBuilder<Constraint>();
        Check(formula, counts, readiness, constraints);
        return new FeasibilityVerdict(readiness, constraints.ToImmutable());
    }

    /// <summary>The same answer as <see cref="Evaluate"/>'s <c>Feasible</c>, without building the conditions.</summary>
    public static bool IsFeasible(ExchangeFormula formula, ListCounts counts, Readiness readiness) =>
        Check(formula, counts, readiness, sink: null);

    /// <summary>The most a side can release under a term while keeping it (and, for balanced terms, parity).</summary>
    public static int MaxRelease(ExchangeFormula formula, ListCounts counts, Readiness readiness, int term, Side side)
    {
        var formulaTerm = formula.Terms[term];
        return QuantityOf(formulaTerm, side) switch
        {
            Quantity.Exactly exactly => exactly.Count,
            Quantity.AtLeast when formulaTerm.IsBalanced =>
                Math.Min(counts[term, Side.A].Available(readiness), counts[term, Side.B].Available(readiness)),
            _ => counts[term, side].Available(readiness),
        };
    }

    /// <summary>The most a side can release across all terms: what the floor is measured against.</summary>
    public static int MaxTotal(ExchangeFormula formula, ListCounts counts, Readiness readiness, Side side)
    {
        var total = 0L;
        for (var term = 0; term < formula.Terms.Length; term++)
        {
            total += MaxRelease(formula, counts, readiness, term, side);
        }
        return (int)Math.Min(total, int.MaxValue);
    }

    private static bool Check(ExchangeFormula formula, ListCounts counts, Readiness readiness, ImmutableArray<Constraint>.Builder? sink)
    {
        Preconditions.CheckNotNull(formula);
        Preconditions.CheckNotNull(counts);
        Preconditions.CheckArgument(counts.TermCount == formula.Terms.Length, nameof(counts),
            $"counts must be attributed to the formula's {formula.Terms.Length} terms; they are to {counts.TermCount}.");
        var feasible = true;
        bool Add(ConstraintKind kind, int? term, Side side, int have, int need)
        {
            sink?.Add(new Constraint(kind, term, side, have, need));
            feasible &= have >= need;
            return feasible || sink is not null;
        }
        for (var term = 0; term < formula.Terms.Length; term++)
        {
            var formulaTerm = formula.Terms[term];
            foreach (var side in Sides)
            {
                var own = counts[term, side];
                var have = own.Available(readiness);
                var keepGoing = QuantityOf(formulaTerm, side) switch
                {
                    Quantity.Exactly exactly => Add(ConstraintKind.TermQuantity, term, side, have, exactly.Count)
                        && (own.Released <= exactly.Count || Add(ConstraintKind.ExactCap, term, side, exactly.Count, own.Released)),
                    Quantity.AtLeast atLeast => Add(ConstraintKind.TermQuantity, term, side, have, atLeast.Count)
                        && (!formulaTerm.IsBalanced || counts[term, side.Other()].Released <= atLeast.Count
                            || Add(ConstraintKind.Parity, term, side, have, counts[term, side.Other()].Released)),
                    _ => true,
                };
                if (!keepGoing)
                {
                    return false;
                }
            }
        }
        if (formula.TotalFloorEachSide is { } floor)
        {
            foreach (var side in Sides)
            {
                if (!Add(ConstraintKind.Floor, null, side, MaxTotal(formula, counts, readiness, side), floor))
                {
                    return false;
                }
            }
        }
        return feasible;
    }

    private static Quantity QuantityOf(ExchangeTerm term, Side side) => side == Side.A ? term.SideA : term.SideB;

    private static readonly Side[] Sides = [Side.A, Side.B];
}
