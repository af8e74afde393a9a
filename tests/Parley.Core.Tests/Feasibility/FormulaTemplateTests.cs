using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

public class FormulaTemplateTests
{
    [Theory]
    [InlineData("N for N", 1245, "1245 for 1245")]
    [InlineData("at least N for at least N", 7, "at least 7 for at least 7")]
    [InlineData("N for all of bodies", 6000, "6000 for all of bodies")]
    [InlineData("1000 for 1000 of a; all for all of b; at least N in total", 1500, "1000 for 1000 of a; all for all of b; at least 1500 in total")]
    [InlineData("N for 1 of n-1; 2 for N", 9, "9 for 1 of n-1; 2 for 9")]
    public void n_stands_for_the_number_in_every_place_it_is_written(string template, int n, string formula)
    {
        Assert.Equal(ExchangeFormula.Parse(formula), FormulaTemplate.Parse(template).With(n));
    }

    [Theory]
    [InlineData("N fro N", "column 3: expected \"for\", found 'fro'")]
    [InlineData("N for N of", "column 11: expected a category name, found end of input")]
    [InlineData("all for all of N", "column 16: expected a category name, found 'N'")]
    [InlineData("1000 for 1000", "column 1: expected N in place of the number to find, as in \"N for N\", found '1000 for 1000'")]
    public void a_malformed_template_is_refused_at_the_column_of_the_mistake(string template, string message)
    {
        var e = Assert.Throws<FormulaSyntaxException>(() => FormulaTemplate.Parse(template));

        Assert.Equal(message, e.Message);
    }
}
