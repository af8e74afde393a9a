using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Formulas;

public partial class ExchangeFormulaTests
{
    [Fact]
    public void explain_describes_n_for_n_as_balanced_stage_by_stage()
    {
        Assert.Equal(
            ["Term 1: side A releases exactly 1000 people; side B releases exactly 1000 people; every stage must be balanced 1:1."],
            ExchangeFormula.Parse("1000 for 1000").Explain());
    }

    [Fact]
    public void explain_describes_round_two_term_by_term_and_the_floor()
    {
        Assert.Equal(
            [
                "Term 1 (severely-wounded, seriously-ill): each side releases everyone it holds in these categories who is verified; every stage must be balanced 1:1, except that a side with no eligible people left may release fewer.",
                "Term 2 (under-25): each side releases everyone it holds in this category who is verified; every stage must be balanced 1:1, except that a side with no eligible people left may release fewer.",
                "In total each side releases at least 1000 people across all terms.",
            ],
            RoundTwo.Explain());
    }

    [Fact]
    public void explain_says_unbalanced_terms_need_not_balance_stages()
    {
        Assert.Equal(
            ["Term 1 (bodies): side A releases exactly 6000 people; side B releases everyone it holds in this category who is verified; stages need not be balanced."],
            ExchangeFormula.Parse("6000 for all of bodies").Explain());
    }

    [Fact]
    public void explain_names_the_term_without_categories_as_the_one_for_everyone_else()
    {
        var lines = ExchangeFormula.Parse("at least 1 for at least 1; all for all of civilians").Explain();

        Assert.Equal(
            "Term 1 (anyone not in another term's categories): side A releases at least 1 person; side B releases at least 1 person; every stage must be balanced 1:1.",
            lines[0]);
        Assert.Equal(2, lines.Length);
    }
}
