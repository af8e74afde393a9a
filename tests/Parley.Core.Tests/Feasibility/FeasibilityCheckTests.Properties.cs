using System.Collections.Immutable;
using CsCheck;
using Parley.Core.Exchanges;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

/// <summary>
/// The verdict against an exhaustive oracle: on small random lists and formulas, every subset of the listed people who
/// could still go is tried as "the people released", and the formula's semantics (docs/formula.md) are checked on it
/// directly. "Feasible" must be reported exactly when some subset meets the formula.
/// </summary>
public partial class FeasibilityCheckTests
{
    private const int Iterations = 20_000;

    private static readonly string[] CategoryPool = ["a", "b", "c", "d"];

    private static readonly PersonStatus[] Statuses =
        [PersonStatus.Offered, PersonStatus.Matched, PersonStatus.Verified, PersonStatus.Scheduled, PersonStatus.Released, PersonStatus.Received, PersonStatus.Declined, PersonStatus.Withdrawn];

    private static readonly Gen<Quantity> GenQuantity = Gen.OneOf(
        Gen.Int[1, 4].Select(n => (Quantity)new Quantity.Exactly(n)),
        Gen.Int[1, 4].Select(n => (Quantity)new Quantity.AtLeast(n)),
        Gen.Const((Quantity)Quantity.All.Instance));

    /// <summary>1 to 3 terms over categories a to c (at most one term without), half of them balanced, an optional floor.</summary>
    private static readonly Gen<ExchangeFormula> GenFormula = Gen.Select(
        Gen.Select(GenQuantity, GenQuantity, Gen.Bool, Gen.Int[0, 7]).Array[1, 3],
        Gen.OneOf(Gen.Const((int?)null), Gen.Int[1, 6].Select(n => (int?)n)),
        (specs, floor) =>
        {
            var claimed = new HashSet<string>();
            var catchAll = false;
            var terms = new List<ExchangeTerm>();
            foreach (var (a, b, balanced, mask) in specs)
            {
                var categories = CategoryPool.Take(3).Where((_, i) => (mask & (1 << i)) != 0).Where(claimed.Add).ToImmutableArray();
                if (categories.IsEmpty && catchAll)
                {
                    continue;
                }
                catchAll |= categories.IsEmpty;
                terms.Add(new ExchangeTerm(a, balanced ? a : b, categories));
            }
            return new ExchangeFormula([.. terms], floor);
        });

    /// <summary>An entry: a person on an offer list in a status, or (when <c>Outstanding</c>) a request not yet offered.</summary>
    private sealed record Entry(Side Side, ImmutableArray<string> Categories, PersonStatus Status, bool Outstanding);

    private static readonly Gen<Entry> GenEntry = Gen.Select(
        Gen.Bool, Gen.Int[0, 15], Gen.Int[0, Statuses.Length - 1], Gen.Int[0, 5],
        (sideA, mask, status, request) => new Entry(
            sideA ? Side.A : Side.B,
            [.. CategoryPool.Where((_, i) => (mask & (1 << i)) != 0)],
            Statuses[status],
            request == 0));

    private static readonly Gen<(ExchangeFormula Formula, Entry[] Entries)> GenCase = Gen.Select(GenFormula, GenEntry.Array[0, 11]);

    [Fact]
    public void feasible_is_reported_exactly_when_some_choice_of_listed_people_meets_the_formula()
    {
        GenCase.Sample(c =>
        {
            var counts = Count(c.Formula, c.Entries);
            foreach (var readiness in Enum.GetValues<Readiness>())
            {
                var expected = Oracle(c.Formula, c.Entries, readiness);
                var verdict = FeasibilityCheck.Evaluate(c.Formula, counts, readiness);
                Assert.True(expected == verdict.Feasible,
                    $"{c.Formula} at {readiness}: the oracle says {expected}, the check {verdict.Feasible}; binding: {verdict.Binding}");
                Assert.Equal(verdict.Feasible, FeasibilityCheck.IsFeasible(c.Formula, counts, readiness));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void a_formula_feasible_from_people_further_along_is_feasible_from_any_wider_level()
    {
        GenCase.Sample(c =>
        {
            var counts = Count(c.Formula, c.Entries);
            var levels = Enum.GetValues<Readiness>().Select(r => FeasibilityCheck.IsFeasible(c.Formula, counts, r)).ToList();
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(!levels[i] || levels[i - 1], $"{c.Formula}: feasible at {(Readiness)i} but not at {(Readiness)(i - 1)}");
            }
        }, iter: Iterations / 4);
    }

    [Fact]
    public void the_binding_constraint_of_an_infeasible_formula_is_unmet_and_of_a_feasible_one_met()
    {
        GenCase.Sample(c =>
        {
            var verdict = FeasibilityCheck.Evaluate(c.Formula, Count(c.Formula, c.Entries), Readiness.Offered);
            if (verdict.Binding is { } binding)
            {
                Assert.Equal(verdict.Feasible, binding.Met);
            }
            else
            {
                Assert.True(verdict.Feasible);
            }
        }, iter: Iterations / 4);
    }

    private static ListCounts Count(ExchangeFormula formula, Entry[] entries)
    {
        var builder = ListCounts.CreateBuilder(formula.Terms.Length);
        foreach (var e in entries)
        {
            var term = formula.TermIndexFor(e.Categories);
            if (e.Outstanding)
            {
                builder.AddRequest(e.Side, term, RequestStatus.Requested);
            }
            else
            {
                builder.AddPerson(e.Side, term, e.Status);
            }
        }
        return builder.Build();
    }

    /// <summary>
    /// Tries every subset of the people who could still go as the released: those already released always are, those
    /// under no term never can be. The formula's semantics, checked on the counts of that subset.
    /// </summary>
    private static bool Oracle(ExchangeFormula formula, Entry[] entries, Readiness readiness)
    {
        var terms = formula.Terms.Length;
        var forced = new int[terms, 2];
        var optional = new List<(int Term, int Side)>();
        foreach (var e in entries)
        {
            if (formula.TermIndexFor(e.Categories) is not { } term)
            {
                continue;
            }
            if (!e.Outstanding && e.Status is PersonStatus.Released or PersonStatus.Received or PersonStatus.Disputed)
            {
                forced[term, (int)e.Side]++;
            }
            else if (CouldGo(e, readiness))
            {
                optional.Add((term, (int)e.Side));
            }
        }
        var available = (int[,])forced.Clone();
        foreach (var (term, side) in optional)
        {
            available[term, side]++;
        }
        for (var mask = 0; mask < 1 << optional.Count; mask++)
        {
            var released = (int[,])forced.Clone();
            for (var i = 0; i < optional.Count; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    released[optional[i].Term, optional[i].Side]++;
                }
            }
            if (Meets(formula, released, available))
            {
                return true;
            }
        }
        return false;
    }

    private static bool CouldGo(Entry e, Readiness readiness) => e.Outstanding
        ? readiness == Readiness.Asked
        : readiness switch
        {
            Readiness.Asked or Readiness.Offered => e.Status is PersonStatus.Offered or PersonStatus.Matched or PersonStatus.Verified or PersonStatus.Scheduled,
            Readiness.Matched => e.Status is PersonStatus.Matched or PersonStatus.Verified or PersonStatus.Scheduled,
            _ => e.Status is PersonStatus.Verified or PersonStatus.Scheduled,
        };

    /// <summary>docs/formula.md: exact, at least, all (everyone who could go does); balanced terms 1:1 overall; the floor.</summary>
    private static bool Meets(ExchangeFormula formula, int[,] released, int[,] available)
    {
        for (var term = 0; term < formula.Terms.Length; term++)
        {
            var t = formula.Terms[term];
            for (var side = 0; side < 2; side++)
            {
                var ok = (side == 0 ? t.SideA : t.SideB) switch
                {
                    Quantity.Exactly e => released[term, side] == e.Count,
                    Quantity.AtLeast a => released[term, side] >= a.Count,
                    _ => released[term, side] == available[term, side],
                };
                if (!ok)
                {
                    return false;
                }
            }
            // Every stage of a balanced term is 1:1, so its totals are equal; all for all may end uneven (a side ran out).
            if (t.IsBalanced && t.SideA is not Quantity.All && released[term, 0] != released[term, 1])
            {
                return false;
            }
        }
        if (formula.TotalFloorEachSide is { } floor)
        {
            for (var side = 0; side < 2; side++)
            {
                var total = 0;
                for (var term = 0; term < formula.Terms.Length; term++)
                {
                    total += released[term, side];
                }
                if (total < floor)
                {
                    return false;
                }
            }
        }
        return true;
    }
}
