using System.Collections.Immutable;
using CsCheck;
using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Formulas;

public partial class ExchangeFormulaTests
{
    private static readonly string[] Keywords = ["for", "of", "at", "least", "in", "total", "all"];

    private static readonly Gen<Quantity> GenQuantity = Gen.OneOf(
        Gen.Int[1, Parley.Core.Formulas.Quantity.MaxCount].Select(n => (Quantity)new Quantity.Exactly(n)),
        Gen.Int[1, 2000].Select(n => (Quantity)new Quantity.Exactly(n)),
        Gen.Int[1, Parley.Core.Formulas.Quantity.MaxCount].Select(n => (Quantity)new Quantity.AtLeast(n)),
        Gen.Const((Quantity)Quantity.All.Instance));

    private static readonly Gen<string> GenCategory =
        Gen.Select(Gen.Char['a', 'z'], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 0, 10], (first, rest) => first + rest)
            .Where(name => !Keywords.Contains(name));

    /// <summary>Random valid formulas: 1 to 6 terms, at most one without categories, no category in two terms, an optional floor.</summary>
    private static readonly Gen<ExchangeFormula> GenFormula = Gen.Select(
        Gen.Select(GenQuantity, GenQuantity, GenCategory.Array[0, 4]).Array[1, 6],
        Gen.OneOf(Gen.Const((int?)null), Gen.Int[1, Parley.Core.Formulas.Quantity.MaxCount].Select(n => (int?)n)),
        (specs, floor) =>
        {
            var claimed = new HashSet<string>();
            var catchAllUsed = false;
            var terms = new List<ExchangeTerm>();
            for (var i = 0; i < specs.Length; i++)
            {
                var (a, b, names) = specs[i];
                var categories = names.Where(claimed.Add).ToImmutableArray();
                if (categories.IsEmpty && catchAllUsed)
                {
                    categories = [$"other-{i}"];
                }
                catchAllUsed |= categories.IsEmpty;
                terms.Add(new ExchangeTerm(a, b, categories));
            }
            return new ExchangeFormula([.. terms], floor);
        });

    [Fact]
    public void printing_a_random_formula_and_parsing_it_gives_back_an_equal_formula()
    {
        GenFormula.Sample(formula =>
        {
            var parsed = ExchangeFormula.Parse(formula.ToString());
            Assert.Equal(formula, parsed);
            Assert.Equal(formula.GetHashCode(), parsed.GetHashCode());
        }, iter: 2000);
    }

    [Theory]
    [InlineData("1000 for 1000")]
    [InlineData("1,000 for 1,000")]
    [InlineData("all for all of severely-wounded, seriously-ill")]
    [InlineData("6000 for all of bodies")]
    [InlineData("at least 1200 for at least 1200")]
    [InlineData("1200 for 1200; all for all of civilians")]
    [InlineData("all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total")]
    [InlineData("  AT LEAST 1,000 in TOTAL ;ALL for all OF Under-25,x  ")]
    public void parse_print_parse_is_stable(string text)
    {
        var once = ExchangeFormula.Parse(text);
        var printed = once.ToString();
        var twice = ExchangeFormula.Parse(printed);

        Assert.Equal(once, twice);
        Assert.Equal(printed, twice.ToString());
    }

    [Fact]
    public void canonical_text_uses_plain_numbers_lower_case_and_single_spaces()
    {
        Assert.Equal(
            "1000 for 1000; all for all of a, b; at least 1000 in total",
            ExchangeFormula.Parse("1,000 FOR 1,000 ;All for ALL of A,B;at least 1,000 in total").ToString());
    }

    private static readonly Gen<string> GenFormulaLikeGarbage = Gen.Select(
        Gen.OneOf(Gen.Const("1000"), Gen.Const("1,000"), Gen.Const("1,00"), Gen.Const("0"), Gen.Const("99999999999999"),
            Gen.Const("for"), Gen.Const("FOR"), Gen.Const("at"), Gen.Const("least"), Gen.Const("all"), Gen.Const("of"),
            Gen.Const("in"), Gen.Const("total"), Gen.Const(";"), Gen.Const(","), Gen.Const("-"), Gen.Const("_"),
            Gen.Const("a-b"), Gen.Const("under-25"), Gen.Const("X"), Gen.Const("\U0001F600"), Gen.Const("\uD800"),
            Gen.Const("\u0000"), Gen.Const("é"), Gen.String[0, 4]).Array[0, 14],
        Gen.OneOf(Gen.Const(" "), Gen.Const(""), Gen.Const("\t")),
        (parts, separator) => string.Join(separator, parts));

    /// <summary>Valid formula text with a few characters inserted, deleted or replaced: mostly near misses.</summary>
    private static readonly Gen<string> GenMutatedFormula = Gen.Select(
        GenFormula,
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1000], Gen.Char[" ;,-_0123456789abclostfrAL\u00E9\uD83D"]).Array[1, 3],
        (formula, edits) =>
        {
            var text = formula.ToString();
            foreach (var (kind, where, c) in edits)
            {
                var at = where % (text.Length + 1);
                text = kind switch
                {
                    0 => text.Insert(at, c.ToString()),
                    1 when at < text.Length => text.Remove(at, 1),
                    _ when at < text.Length => text[..at] + c + text[(at + 1)..],
                    _ => text + c,
                };
            }
            return text;
        });

    [Fact]
    public void random_garbage_never_throws_anything_but_a_syntax_error()
    {
        Gen.OneOf(Gen.String, GenFormulaLikeGarbage, GenMutatedFormula).Sample(text =>
        {
            try
            {
                var formula = ExchangeFormula.Parse(text);
                Assert.Equal(formula, ExchangeFormula.Parse(formula.ToString()));
            }
            catch (FormulaSyntaxException e)
            {
                Assert.InRange(e.Column, 1, text.Length + 1);
                Assert.Equal($"column {e.Column}: expected {e.Expected}, found {e.Found}", e.Message);
                Assert.False(ExchangeFormula.TryParse(text, out _, out var error));
                Assert.Equal(e.Message, error.Message);
            }
        }, iter: 5000);
    }
}
