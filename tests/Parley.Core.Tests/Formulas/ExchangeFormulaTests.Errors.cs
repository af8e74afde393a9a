using Parley.Core.Formulas;
using Xunit;

namespace Parley.Core.Tests.Formulas;

public partial class ExchangeFormulaTests
{
    private const string ExpectQuantity = "a number, \"at least\" or \"all\"";
    private const string ExpectInRange = "a number from 1 to 10,000,000";
    private const string ExpectGrouping = "a number with commas only between groups of three digits";
    private const string ExpectCategory = "a category name";
    private const string ExpectValidCategory = "a category name (a letter, then letters, digits or \"-\"; not a keyword)";
    private const string ExpectNewCategory = "a category not already named";
    private const string ExpectAfterQuantity = "\"of\", \";\" or end of input";
    private const string ExpectAfterCategory = "\",\", \";\" or end of input";
    private const string EndOfInput = "end of input";

    public static TheoryData<string, int, string, string> Malformed => new()
    {
        // Syntax: what was expected where.
        { "", 1, ExpectQuantity, EndOfInput },
        { "   ", 4, ExpectQuantity, EndOfInput },
        { "1000", 5, "\"for\"", EndOfInput },
        { "1000 for", 9, ExpectQuantity, EndOfInput },
        { "1000 fro 1000", 6, "\"for\"", "'fro'" },
        { "for 1000", 1, ExpectQuantity, "'for'" },
        { "at 1000 for 1000", 4, "\"least\"", "'1000'" },
        { "at least for 5", 10, "a number", "'for'" },
        { "at least 5", 11, "\"for\" or \"in\"", EndOfInput },
        { "at least 5 total", 12, "\"for\" or \"in\"", "'total'" },
        { "at least 5 in", 14, "\"total\"", EndOfInput },
        { "all", 4, "\"for\"", EndOfInput },
        { "1 for at 5", 10, "\"least\"", "'5'" },
        { "1000 for 1000;", 15, ExpectQuantity, EndOfInput },
        { ";1000 for 1000", 1, ExpectQuantity, "';'" },
        { "1000 for 1000;; 5 for 5", 15, ExpectQuantity, "';'" },
        { "1000 for 1000 of", 17, ExpectCategory, EndOfInput },
        { "1000 for 1000 of a,", 20, ExpectCategory, EndOfInput },
        { "1 for 1 of a,,b", 14, ExpectCategory, "','" },
        { "1000 for 1000 of 25-under", 18, ExpectCategory, "'25'" },
        { "1000 for 1000 extra", 15, ExpectAfterQuantity, "'extra'" },
        { "1000 for 1000 for 1000", 15, ExpectAfterQuantity, "'for'" },
        { "1000 for 1000 at least 5 in total", 15, ExpectAfterQuantity, "'at'" },
        { "1000 for 1000 of a b", 20, ExpectAfterCategory, "'b'" },
        { "all for all of under-25 under-18", 25, ExpectAfterCategory, "'under-18'" },
        { "at least 5 in total 6", 21, "\";\" or end of input", "'6'" },
        { "-5 for 5", 1, ExpectQuantity, "'-'" },
        { "1000 for 1000, 5 for 5", 14, ExpectAfterQuantity, "','" },
        // Numbers: range and grouping.
        { "0 for 0", 1, ExpectInRange, "'0'" },
        { "10000001 for 1", 1, ExpectInRange, "'10000001'" },
        { "10,000,001 for 1", 1, ExpectInRange, "'10,000,001'" },
        { "1 for 99999999999999999999", 7, ExpectInRange, "'99999999999999999999'" },
        { "1000 for 1000; at least 0 in total", 25, ExpectInRange, "'0'" },
        { "1,00 for 1", 1, ExpectGrouping, "'1,00'" },
        { "1000,000 for 1", 1, ExpectGrouping, "'1000,000'" },
        { "at least 1,2345 for 1", 10, ExpectGrouping, "'1,2345'" },
        // Categories: names and repetition.
        { "all for all of Bad_Name", 16, ExpectValidCategory, "'Bad_Name'" },
        { "all for all of for", 16, ExpectValidCategory, "'for'" },
        { "all for all of bodies, bodies", 24, ExpectNewCategory, "'bodies'" },
        { "1 for 1 of a; 2 for 2 of a", 26, ExpectNewCategory, "'a'" },
        { "ALL FOR ALL OF X; ALL FOR ALL OF x", 34, ExpectNewCategory, "'x'" },
        // Floors and catch-all terms.
        { "at least 5 in total; at least 6 in total", 22, "a term (a formula has at most one \"in total\" floor)", "'at least 6 in total'" },
        { "at least 5 in total", 20, "\";\" and a term (a floor alone exchanges no one)", EndOfInput },
        { "1200 for 1200; 1000 for 1000", 29, "\"of\" (only one term may leave out categories)", EndOfInput },
        { "1200 for 1200; 1000 for 1000; 5 for 5 of a", 29, "\"of\" (only one term may leave out categories)", "';'" },
        // Unicode junk: columns count UTF-16 chars, a surrogate pair is shown whole, invisible characters by code point.
        { "\uFF11\uFF10\uFF10\uFF10 for 1000", 1, ExpectQuantity, "'\uFF11'" },
        { "1000 for 1000 of caf\u00E9", 18, ExpectValidCategory, "'caf\u00E9'" },
        { "all for all of \u212Aids", 16, ExpectValidCategory, "'\u212Aids'" },
        { "1000 for 1000 \U0001F600", 15, ExpectAfterQuantity, "'\U0001F600'" },
        { "\U0001F600 for 1", 1, ExpectQuantity, "'\U0001F600'" },
        { "1000 for 1000 \u2014 5", 15, ExpectAfterQuantity, "'\u2014'" },
        { "1000\u0000for 1000", 5, "\"for\"", "'U+0000'" },
        { "1000 \u200Bfor 1000", 6, "\"for\"", "'U+200B'" },
        { "1000 f\u0131r 1000", 6, "\"for\"", "'f\u0131r'" },
        { "\u0661\u0660\u0660\u0660 for 1000", 1, ExpectQuantity, "'\u0661'" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void malformed_formulas_are_rejected_with_the_column_and_what_was_expected(string text, int column, string expected, string found)
    {
        var error = Assert.Throws<FormulaSyntaxException>(() => ExchangeFormula.Parse(text));

        Assert.Equal(column, error.Column);
        Assert.Equal(expected, error.Expected);
        Assert.Equal(found, error.Found);
        Assert.Equal($"column {column}: expected {expected}, found {found}", error.Message);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void try_parse_returns_the_same_error_instead_of_throwing(string text, int column, string expected, string found)
    {
        Assert.False(ExchangeFormula.TryParse(text, out var formula, out var error));

        Assert.Null(formula);
        Assert.Equal($"column {column}: expected {expected}, found {found}", error.Message);
    }

    [Theory]
    [InlineData("1000 fro 1000", "column 6: expected \"for\", found 'fro'")]
    [InlineData("6000 for all of bodies, wounded, bodies", "column 34: expected a category not already named, found 'bodies'")]
    [InlineData("1000 for 1000;", "column 15: expected a number, \"at least\" or \"all\", found end of input")]
    public void the_message_reads_as_a_sentence(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormulaSyntaxException>(() => ExchangeFormula.Parse(text)).Message);
    }

    [Fact]
    public void a_lone_surrogate_is_shown_by_its_code_unit()
    {
        // Not in the theory table: test-case serialisation would replace the lone surrogate before the test sees it.
        var error = Assert.Throws<FormulaSyntaxException>(() => ExchangeFormula.Parse("1000 for 1000 \uD83D"));

        Assert.Equal("column 15: expected \"of\", \";\" or end of input, found 'U+D83D'", error.Message);
    }

    [Fact]
    public void a_long_offending_token_is_cut_short_in_the_message()
    {
        var error = Assert.Throws<FormulaSyntaxException>(() => ExchangeFormula.Parse("1 for 1 " + new string('x', 500)));

        Assert.Equal("'" + new string('x', 40) + "…'", error.Found);
        Assert.Equal(9, error.Column);
    }

    [Fact]
    public void the_syntax_error_is_a_parley_exception()
    {
        Assert.IsAssignableFrom<Parley.Core.Rules.ParleyException>(new FormulaSyntaxException(1, "\"for\"", EndOfInput));
    }
}
