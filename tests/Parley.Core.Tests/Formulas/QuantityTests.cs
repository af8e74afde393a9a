using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Formulas;

public class QuantityTests
{
    [Fact]
    public void quantities_print_as_canonical_formula_text()
    {
        Assert.Equal("1000", new Quantity.Exactly(1000).ToString());
        Assert.Equal("at least 1200", new Quantity.AtLeast(1200).ToString());
        Assert.Equal("all", Quantity.All.Instance.ToString());
    }

    [Fact]
    public void quantities_are_equal_by_kind_and_count()
    {
        Assert.Equal(new Quantity.Exactly(5), new Quantity.Exactly(5));
        Assert.NotEqual<Quantity>(new Quantity.Exactly(5), new Quantity.AtLeast(5));
        Assert.NotEqual<Quantity>(new Quantity.Exactly(5), new Quantity.Exactly(6));
        Assert.Same(Quantity.All.Instance, ExchangeFormula.Parse("all for all").Terms[0].SideA);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000_001)]
    public void counts_outside_one_to_ten_million_are_rejected(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity.Exactly(count));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity.AtLeast(count));
    }

    [Fact]
    public void the_count_range_includes_one_and_ten_million()
    {
        Assert.Equal(1, new Quantity.Exactly(1).Count);
        Assert.Equal(10_000_000, new Quantity.AtLeast(10_000_000).Count);
    }
}
