using Parley.Core.Formulas;
using Xunit;
using static Parley.Core.Tests.Formulas.F;

namespace Parley.Core.Tests.Formulas;

public partial class ExchangeFormulaTests
{
    [Fact]
    public void n_for_n_is_one_balanced_term_without_categories()
    {
        var formula = ExchangeFormula.Parse("1000 for 1000");

        var term = Assert.Single(formula.Terms);
        Assert.Equal(N(1000), term.SideA);
        Assert.Equal(N(1000), term.SideB);
        Assert.Empty(term.Categories);
        Assert.True(term.IsBalanced);
        Assert.Null(formula.TotalFloorEachSide);
    }

    [Fact]
    public void numbers_may_have_comma_thousands_separators()
    {
        Assert.Equal(ExchangeFormula.Parse("1000 for 1000"), ExchangeFormula.Parse("1,000 for 1,000"));
        Assert.Equal(Formula(null, Term(N(10_000_000), N(1))), ExchangeFormula.Parse("10,000,000 for 1"));
        Assert.Equal(Formula(null, Term(N(999), N(12_345))), ExchangeFormula.Parse("999 for 12,345"));
    }

    [Fact]
    public void all_for_all_of_categories_is_balanced_and_keeps_the_categories_in_order()
    {
        var formula = ExchangeFormula.Parse("all for all of severely-wounded, seriously-ill");

        var term = Assert.Single(formula.Terms);
        Assert.Same(Quantity.All.Instance, term.SideA);
        Assert.Same(Quantity.All.Instance, term.SideB);
        Assert.Equal(["severely-wounded", "seriously-ill"], term.Categories);
        Assert.True(term.IsBalanced);
        Assert.Null(formula.TotalFloorEachSide);
    }

    [Fact]
    public void n_for_all_of_bodies_is_not_balanced()
    {
        var formula = ExchangeFormula.Parse("6000 for all of bodies");

        var term = Assert.Single(formula.Terms);
        Assert.Equal(N(6000), term.SideA);
        Assert.Equal(All, term.SideB);
        Assert.Equal(["bodies"], term.Categories);
        Assert.False(term.IsBalanced);
    }

    [Fact]
    public void at_least_n_for_at_least_n_is_a_balanced_floor_per_side()
    {
        var formula = ExchangeFormula.Parse("at least 1200 for at least 1200");

        var term = Assert.Single(formula.Terms);
        Assert.Equal(AtLeast(1200), term.SideA);
        Assert.Equal(AtLeast(1200), term.SideB);
        Assert.Empty(term.Categories);
        Assert.True(term.IsBalanced);
        Assert.Null(formula.TotalFloorEachSide);
    }

    [Fact]
    public void clauses_separated_by_semicolons_are_several_terms()
    {
        var formula = ExchangeFormula.Parse("1200 for 1200; all for all of civilians");

        Assert.Equal([Term(N(1200), N(1200)), Term(All, All, "civilians")], formula.Terms);
        Assert.All(formula.Terms, t => Assert.True(t.IsBalanced));
        Assert.Null(formula.TotalFloorEachSide);
    }

    [Fact]
    public void round_two_has_two_all_for_all_terms_and_an_agreement_wide_floor()
    {
        var formula = ExchangeFormula.Parse(
            "all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total");

        Assert.Equal(
            [Term(All, All, "severely-wounded", "seriously-ill"), Term(All, All, "under-25")],
            formula.Terms);
        Assert.Equal(1000, formula.TotalFloorEachSide);
    }

    [Theory]
    [InlineData("1000 for 1000")]
    [InlineData("all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total")]
    [InlineData("6000 for all of bodies")]
    [InlineData("at least 1200 for at least 1200")]
    public void the_facts_files_same_agreements_block_parses_to_its_canonical_text(string line)
    {
        Assert.Equal(line, ExchangeFormula.Parse(line).ToString());
    }

    [Fact]
    public void the_facts_files_same_agreements_mean_what_the_facts_say()
    {
        // Round 1: 1,000 for 1,000; stages 390, 307, 303 each balanced.
        Assert.Equal(Formula(null, Term(N(1000), N(1000))), ExchangeFormula.Parse("1000 for 1000"));
        // Round 2: all for all among the severely wounded and seriously ill and among the young, at least 1,000 from each side in total.
        Assert.Equal(
            Formula(1000, Term(All, All, "severely-wounded", "seriously-ill"), Term(All, All, "under-25")),
            ExchangeFormula.Parse("all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total"));
        // Round 2, bodies: 6,000 handed over, all taken back; stages unbalanced.
        var bodies = ExchangeFormula.Parse("6000 for all of bodies");
        Assert.Equal(Formula(null, Term(N(6000), All, "bodies")), bodies);
        Assert.False(bodies.Terms[0].IsBalanced);
        // Round 3: at least 1,200 from each side.
        Assert.Equal(Formula(null, Term(AtLeast(1200), AtLeast(1200))), ExchangeFormula.Parse("at least 1200 for at least 1200"));
    }

    [Fact]
    public void keywords_are_case_insensitive_and_categories_are_normalised_to_lower_case()
    {
        var formula = ExchangeFormula.Parse("ALL For all OF Severely-Wounded; At Least 5 FOR at LEAST 5; AT LEAST 7 IN TOTAL");

        Assert.Equal(Formula(7, Term(All, All, "severely-wounded"), Term(AtLeast(5), AtLeast(5))), formula);
    }

    [Fact]
    public void whitespace_between_tokens_is_free_and_optional_where_tokens_are_distinct()
    {
        var expected = Formula(null, Term(N(1000), N(1000)), Term(All, All, "a", "b"));

        Assert.Equal(expected, ExchangeFormula.Parse("  1000\tfor\n1000  ;all   for all of a,b  "));
        Assert.Equal(expected, ExchangeFormula.Parse("1000 for 1000;all for all of a ,b"));
        Assert.Equal(expected, ExchangeFormula.Parse("1000\u00A0for\u2009 1000; all for all of a, b"));
    }

    [Fact]
    public void the_floor_may_be_written_anywhere_and_prints_last()
    {
        var formula = ExchangeFormula.Parse("at least 1000 in total; all for all of under-25");

        Assert.Equal(Formula(1000, Term(All, All, "under-25")), formula);
        Assert.Equal("all for all of under-25; at least 1000 in total", formula.ToString());
    }

    [Fact]
    public void at_least_followed_by_for_is_a_term_and_followed_by_in_total_is_a_floor()
    {
        var formula = ExchangeFormula.Parse("at least 5 for 5 of a; at least 5 in total");

        Assert.Equal(Formula(5, Term(AtLeast(5), N(5), "a")), formula);
        Assert.False(formula.Terms[0].IsBalanced);
    }

    [Fact]
    public void all_on_one_side_may_go_with_a_floor()
    {
        Assert.Equal(Formula(300, Term(All, N(100), "a")), ExchangeFormula.Parse("all for 100 of a; at least 300 in total"));
    }

    [Fact]
    public void categories_may_hold_digits_and_hyphens_after_the_first_letter()
    {
        Assert.Equal(["under-25", "x1", "a--b-"], ExchangeFormula.Parse("all for all of under-25, x1, a--b-").Terms[0].Categories);
    }

    [Fact]
    public void one_term_without_categories_may_sit_among_terms_with_categories()
    {
        var formula = ExchangeFormula.Parse("all for all of civilians; 1200 for 1200; 5 for 5 of bodies");

        Assert.Equal([Term(All, All, "civilians"), Term(N(1200), N(1200)), Term(N(5), N(5), "bodies")], formula.Terms);
    }

    [Fact]
    public void try_parse_returns_the_formula_and_no_error_when_the_text_is_valid()
    {
        Assert.True(ExchangeFormula.TryParse("1000 for 1000", out var formula, out var error));
        Assert.Equal(Formula(null, Term(N(1000), N(1000))), formula);
        Assert.Null(error);
    }

    [Fact]
    public void parse_rejects_null_text_as_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => ExchangeFormula.Parse(null!));
    }
}
