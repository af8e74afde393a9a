using System.Collections.Immutable;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

public class FormulaWarningsTests
{
    private static readonly CategorySets Listed = CategorySets.From(
    [
        ([], 40),
        (["military"], 1000),
        (["civilian", "under-25"], 12),
        (["civilian"], 100),
    ]);

    [Fact]
    public void a_floor_above_the_sum_of_exact_terms_is_never_met_whatever_the_lists()
    {
        var warning = Assert.Single(FormulaWarnings.Of(ExchangeFormula.Parse("1000 for all of a; 2000 for 2000 of b; at least 5000 in total")));

        Assert.Equal(FormulaWarningKind.FloorAboveCaps, warning.Kind);
        Assert.Equal("side A can release at most 3,000 in total, since every one of its terms is exact (1000 + 2000), below the floor of at least 5,000 in total: the floor can never be met",
            warning.Message);
    }

    [Theory]
    [InlineData("1000 for 1000")]
    [InlineData("all for all of a; at least 1000 in total")]
    [InlineData("1000 for 1000 of a; at least 500 for at least 500; at least 5000 in total")]
    public void formulas_that_can_be_met_on_some_lists_have_no_warning(string text)
    {
        Assert.Empty(FormulaWarnings.Of(ExchangeFormula.Parse(text)));
    }

    [Fact]
    public void a_term_whose_categories_no_list_names_is_one_no_one_falls_under()
    {
        var warnings = FormulaWarnings.Of(ExchangeFormula.Parse("1200 for 1200 of military; 30 for 30 of civilans, journalists"), Listed);

        var warning = Assert.Single(warnings);
        Assert.Equal((FormulaWarningKind.TermOnNoList, 2), (warning.Kind, warning.Term));
        Assert.Equal("term 2 (30 for 30 of civilans, journalists): no list in this record names any of 'civilans', 'journalists', so no one falls under it and it can never be met",
            warning.Message);
    }

    [Fact]
    public void a_category_no_list_names_is_pointed_out_when_the_term_has_others()
    {
        var warning = Assert.Single(FormulaWarnings.Of(ExchangeFormula.Parse("all for all of civilian, journalist"), Listed));

        Assert.Equal(FormulaWarningKind.CategoryOnNoList, warning.Kind);
        Assert.Equal("term 1 (all for all of civilian, journalist): no list in this record names 'journalist'", warning.Message);
    }

    [Fact]
    public void a_term_whose_people_all_carry_an_earlier_terms_category_is_shadowed()
    {
        var warnings = FormulaWarnings.Of(ExchangeFormula.Parse("all for all of civilian; 10 for 10 of under-25; 1000 for 1000"), Listed);

        var warning = Assert.Single(warnings);
        Assert.Equal((FormulaWarningKind.Shadowed, 2), (warning.Kind, warning.Term));
        Assert.Equal("term 2 (10 for 10 of under-25) is shadowed by term 1: all 12 listed who could fall under it carry a category that term takes first, so it can never be met",
            warning.Message);
    }

    [Theory]
    [InlineData("10 for 10 of a; 10 for 10 of a", 30)]
    [InlineData("10 for 10; 20 for 20", 21)]
    public void a_formula_cannot_even_be_written_with_a_term_shadowed_by_another(string text, int column)
    {
        Assert.Equal(column, Assert.Throws<FormulaSyntaxException>(() => ExchangeFormula.Parse(text)).Column);
    }

    [Fact]
    public void categories_on_the_lists_are_compared_ignoring_case()
    {
        var listed = CategorySets.From([(ImmutableArray.Create("Military"), 3)]);

        Assert.Empty(FormulaWarnings.Of(ExchangeFormula.Parse("3 for 3 of military"), listed));
    }
}
