using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Core.Formulas;

/// <summary>Describes a formula in plain English, a sentence per term and one for the floor.</summary>
internal static class FormulaExplainer
{
    public static ImmutableArray<string> Explain(ExchangeFormula formula)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        var hasCategorisedTerms = formula.Terms.Any(t => !t.IsCatchAll);
        for (var i = 0; i < formula.Terms.Length; i++)
        {
            var term = formula.Terms[i];
            var heading = term.IsCatchAll
                ? hasCategorisedTerms ? $"Term {i + 1} (anyone not in another term's categories)" : $"Term {i + 1}"
                : $"Term {i + 1} ({string.Join(", ", term.Categories)})";
            var releases = term.IsBalanced && term.SideA is Quantity.All
                ? $"each side releases {Describe(term.SideA, term)}"
                : $"side A releases {Describe(term.SideA, term)}; side B releases {Describe(term.SideB, term)}";
            lines.Add($"{heading}: {releases}; {Parity(term)}.");
        }
        if (formula.TotalFloorEachSide is { } floor)
        {
            lines.Add($"In total each side releases at least {People(floor)} across all terms.");
        }
        return lines.ToImmutable();
    }

    private static string Describe(Quantity quantity, ExchangeTerm term) => quantity switch
    {
        Quantity.Exactly exactly => $"exactly {People(exactly.Count)}",
        Quantity.AtLeast atLeast => $"at least {People(atLeast.Count)}",
        _ when term.IsCatchAll => "everyone it holds who is verified and not in another term's categories",
        _ when term.Categories.Length == 1 => "everyone it holds in this category who is verified",
        _ => "everyone it holds in these categories who is verified",
    };

    private static string Parity(ExchangeTerm term) => term switch
    {
        { IsBalanced: false } => "stages need not be balanced",
        { SideA: Quantity.All } => "every stage must be balanced 1:1, except that a side with no eligible people left may release fewer",
        _ => "every stage must be balanced 1:1",
    };

    private static string People(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " person" : " people");
}
