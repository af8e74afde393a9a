using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Formulas;

public partial class ExchangeFormulaTests
{
    private static readonly ExchangeFormula RoundTwo =
        ExchangeFormula.Parse("all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total");

    private static readonly ExchangeFormula WithCatchAll =
        ExchangeFormula.Parse("all for all of civilians; 1200 for 1200; 6000 for all of bodies");

    [Theory]
    [InlineData("severely-wounded", 0)]
    [InlineData("seriously-ill", 0)]
    [InlineData("under-25", 1)]
    [InlineData("Under-25", 1)]
    public void a_person_is_attributed_to_the_term_listing_one_of_their_categories(string category, int term)
    {
        Assert.Equal(term, RoundTwo.TermIndexFor([category]));
    }

    [Fact]
    public void a_person_in_several_terms_categories_is_attributed_to_the_first_such_term()
    {
        Assert.Equal(0, RoundTwo.TermIndexFor(["under-25", "seriously-ill"]));
        Assert.Equal(0, WithCatchAll.TermIndexFor(["military", "bodies", "civilians"]));
        Assert.Equal(0, WithCatchAll.TermIndexFor(["bodies", "civilians"]));
    }

    [Fact]
    public void a_person_in_no_listed_category_is_attributed_to_the_term_without_categories()
    {
        Assert.Equal(1, WithCatchAll.TermIndexFor(["military"]));
        Assert.Equal(1, WithCatchAll.TermIndexFor([]));
        Assert.Equal(2, WithCatchAll.TermIndexFor(["military", "bodies"]));
    }

    [Fact]
    public void a_person_in_no_listed_category_falls_under_no_term_when_every_term_has_categories()
    {
        Assert.Null(RoundTwo.TermIndexFor(["military"]));
        Assert.Null(RoundTwo.TermIndexFor([]));
    }

    [Fact]
    public void under_a_single_term_without_categories_everyone_is_attributed_to_it()
    {
        var formula = ExchangeFormula.Parse("1000 for 1000");

        Assert.Equal(0, formula.TermIndexFor([]));
        Assert.Equal(0, formula.TermIndexFor(["military", "civilian"]));
    }

    [Fact]
    public void a_term_with_categories_covers_a_person_with_any_of_them()
    {
        var term = RoundTwo.Terms[0];

        Assert.True(term.Covers(["seriously-ill"]));
        Assert.True(term.Covers(["military", "Severely-Wounded"]));
        Assert.False(term.Covers(["under-25"]));
        Assert.False(term.Covers([]));
    }

    [Fact]
    public void a_term_without_categories_covers_anyone()
    {
        var term = WithCatchAll.Terms[1];

        Assert.True(term.Covers([]));
        Assert.True(term.Covers(["civilians"]));
    }
}
