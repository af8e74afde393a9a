using System.Collections.Immutable;
using Parley.Core.Formulas;
using Xunit;
using static Parley.Core.Tests.Formulas.F;

namespace Parley.Core.Tests.Formulas;

public partial class ExchangeFormulaTests
{
    [Fact]
    public void formulas_are_equal_by_value()
    {
        var one = Formula(1000, Term(All, All, "a", "b"), Term(N(5), N(5)));
        var same = Formula(1000, Term(All, All, "a", "b"), Term(N(5), N(5)));

        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, Formula(null, Term(All, All, "a", "b"), Term(N(5), N(5))));
        Assert.NotEqual(one, Formula(1000, Term(N(5), N(5)), Term(All, All, "a", "b")));
    }

    [Fact]
    public void a_formula_needs_at_least_one_term()
    {
        Assert.Throws<ArgumentException>(() => new ExchangeFormula(ImmutableArray<ExchangeTerm>.Empty, 5));
        Assert.Throws<ArgumentException>(() => new ExchangeFormula(default, null));
    }

    [Fact]
    public void a_formula_rejects_a_category_in_two_terms()
    {
        var error = Assert.Throws<ArgumentException>(() => Formula(null, Term(All, All, "a"), Term(N(1), N(1), "b", "a")));

        Assert.Contains("'a'", error.Message);
    }

    [Fact]
    public void a_formula_rejects_a_second_term_without_categories()
    {
        Assert.Throws<ArgumentException>(() => Formula(null, Term(N(1), N(1)), Term(N(2), N(2))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000_001)]
    public void a_formula_rejects_a_floor_out_of_range(int floor)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Formula(floor, Term(All, All)));
    }

    [Fact]
    public void a_formula_deconstructs_into_terms_and_floor()
    {
        var (terms, floor) = ExchangeFormula.Parse("1 for 1; at least 2 in total");

        Assert.Equal([Term(N(1), N(1))], terms);
        Assert.Equal(2, floor);
    }
}
