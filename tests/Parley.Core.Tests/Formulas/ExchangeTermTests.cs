using System.Collections.Immutable;
using Parley.Core.Formulas;
using Xunit;
using static Parley.Core.Tests.Formulas.F;

namespace Parley.Core.Tests.Formulas;

public class ExchangeTermTests
{
    public static TheoryData<string, bool> Balance => new()
    {
        { "1000 for 1000", true },
        { "at least 1200 for at least 1200", true },
        { "all for all of a", true },
        { "1000 for 1,000", true },
        { "1000 for 999", false },
        { "at least 5 for 5", false },
        { "5 for at least 5", false },
        { "at least 5 for at least 6", false },
        { "6000 for all of bodies", false },
        { "all for 6000 of bodies", false },
        { "all for at least 1 of a", false },
    };

    [Theory]
    [MemberData(nameof(Balance))]
    public void a_term_is_balanced_exactly_when_both_quantities_are_written_the_same(string text, bool balanced)
    {
        Assert.Equal(balanced, ExchangeFormula.Parse(text).Terms[0].IsBalanced);
    }

    [Fact]
    public void terms_are_equal_by_value_including_the_order_of_categories()
    {
        var one = new ExchangeTerm(N(5), All, ImmutableArray.Create("a", "b"));
        var same = new ExchangeTerm(N(5), All, ImmutableArray.Create("a", "b"));

        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, Term(N(5), All, "b", "a"));
        Assert.NotEqual(one, Term(N(5), All, "a"));
        Assert.NotEqual(one, Term(AtLeast(5), All, "a", "b"));
    }

    [Fact]
    public void a_term_prints_as_canonical_formula_text()
    {
        Assert.Equal("1000 for 1000", Term(N(1000), N(1000)).ToString());
        Assert.Equal("at least 1200 for all of a, b", Term(AtLeast(1200), All, "a", "b").ToString());
    }

    [Fact]
    public void a_term_deconstructs_into_its_sides_and_categories()
    {
        var (a, b, categories) = Term(N(6000), All, "bodies");

        Assert.Equal(N(6000), a);
        Assert.Equal(All, b);
        Assert.Equal(["bodies"], categories);
    }

    [Theory]
    [InlineData("Bodies")]
    [InlineData("bad_name")]
    [InlineData("25-under")]
    [InlineData("")]
    [InlineData("all")]
    [InlineData("caf\u00E9")]
    public void a_term_rejects_a_category_that_is_not_a_canonical_name(string category)
    {
        var error = Assert.Throws<ArgumentException>(() => Term(All, All, category));

        Assert.Equal("Categories", error.ParamName);
    }

    [Fact]
    public void a_term_rejects_a_category_named_twice()
    {
        Assert.Throws<ArgumentException>(() => Term(All, All, "a", "a"));
    }

    [Fact]
    public void a_term_rejects_missing_quantities_and_a_default_array()
    {
        Assert.Throws<ArgumentNullException>(() => new ExchangeTerm(null!, All));
        Assert.Throws<ArgumentNullException>(() => new ExchangeTerm(All, null!));
        Assert.Throws<ArgumentException>(() => new ExchangeTerm(All, All, default));
    }
}
