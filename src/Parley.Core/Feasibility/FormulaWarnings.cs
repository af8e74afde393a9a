using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// Terms of a formula that can never be met. From the formula alone: a floor above what exact terms allow. Against the
/// categories on a record's lists: a term no one can fall under, and a term whose people all fall under an earlier one.
/// (A term shadowed by the formula itself cannot be written: the language refuses a category in two terms and a second
/// term without categories, the only ways one term could leave another no one.)
/// </summary>
public static class FormulaWarnings
{
    /// <summary>What holds whatever the lists.</summary>
    public static ImmutableArray<FormulaWarning> Of(ExchangeFormula formula)
    {
        Preconditions.CheckNotNull(formula);
        var warnings = ImmutableArray.CreateBuilder<FormulaWarning>();
        if (formula.TotalFloorEachSide is { } floor)
        {
            foreach (var side in new[] { Side.A, Side.B })
            {
                var quantities = formula.Terms.Select(t => side == Side.A ? t.SideA : t.SideB).ToList();
                if (quantities.All(q => q is Quantity.Exactly))
                {
                    var most = quantities.Sum(q => (long)((Quantity.Exactly)q).Count);
                    if (most < floor)
                    {
                        warnings.Add(new FormulaWarning(FormulaWarningKind.FloorAboveCaps, null,
                            $"side {side} can release at most {N(most)} in total, since every one of its terms is exact ({string.Join(" + ", quantities)}), below the floor of at least {N(floor)} in total: the floor can never be met"));
                    }
                }
            }
        }
        return warnings.ToImmutable();
    }

    /// <summary>What holds whatever the lists, and what the categories on the record's lists add.</summary>
    public static ImmutableArray<FormulaWarning> Of(ExchangeFormula formula, CategorySets listed)
    {
        Preconditions.CheckNotNull(listed);
        var warnings = Of(formula).ToBuilder();
        for (var term = 0; term < formula.Terms.Length; term++)
        {
            var formulaTerm = formula.Terms[term];
            var asks = formulaTerm.SideA is not Quantity.All || formulaTerm.SideB is not Quantity.All;
            var consequence = asks ? "it can never be met" : "\"all\" comes to no one";
            var unnamed = formulaTerm.Categories.Where(c => !listed.Names(c)).ToList();
            if (!formulaTerm.IsCatchAll && unnamed.Count == formulaTerm.Categories.Length)
            {
                warnings.Add(new FormulaWarning(FormulaWarningKind.TermOnNoList, term + 1,
                    $"term {term + 1} ({formulaTerm}): no list in this record names {Categories(unnamed)}, so no one falls under it and {consequence}"));
                continue;
            }
            foreach (var category in unnamed)
            {
                warnings.Add(new FormulaWarning(FormulaWarningKind.CategoryOnNoList, term + 1,
                    $"term {term + 1} ({formulaTerm}): no list in this record names '{category}'"));
            }
            // People who could fall under this term (they carry one of its categories; anyone, for the term without).
            var candidates = listed.Sets.Where(s => s.People > 0 && formulaTerm.Covers(s.Categories)).ToList();
            var attributed = candidates.Where(s => formula.TermIndexFor(s.Categories) == term).Sum(s => s.People);
            var elsewhere = candidates.Where(s => formula.TermIndexFor(s.Categories) is { } other && other != term).ToList();
            if (candidates.Count > 0 && attributed == 0)
            {
                var others = elsewhere.Select(s => formula.TermIndexFor(s.Categories)!.Value + 1).Distinct().Order().Select(t => $"term {t}");
                warnings.Add(new FormulaWarning(FormulaWarningKind.Shadowed, term + 1,
                    $"term {term + 1} ({formulaTerm}) is shadowed by {string.Join(" and ", others)}: all {N(elsewhere.Sum(s => s.People))} listed who could fall under it carry a category that term takes first, so {consequence}"));
            }
        }
        return warnings.ToImmutable();
    }

    private static string Categories(List<string> categories) =>
        categories.Count == 1 ? $"'{categories[0]}'" : $"any of {string.Join(", ", categories.Select(c => $"'{c}'"))}";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
