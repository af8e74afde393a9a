using System.Collections.Immutable;

namespace Parley.Core.Formulas;

/// <summary>
/// A hand-written recursive-descent parser for the grammar in <c>docs/formula.md</c>, one method per rule, over the
/// tokens of <see cref="FormulaTokenizer"/>. The grammar has five rules and needs one place of lookahead
/// (<c>at least N for</c> against <c>at least N in total</c>): that does not justify a parser-combinator dependency,
/// and a hand-written parser gives the exact columns and messages the users see.
/// </summary>
internal sealed class FormulaParser
{
    internal const string ExpectedQuantity = "a number, \"at least\" or \"all\"";
    internal const string ExpectedNumber = "a number";
    internal const string ExpectedNumberInRange = "a number from 1 to 10,000,000";
    internal const string ExpectedNumberGrouping = "a number with commas only between groups of three digits";
    internal const string ExpectedCategory = "a category name";
    internal const string ExpectedValidCategory = "a category name (a letter, then letters, digits or \"-\"; not a keyword)";
    internal const string ExpectedNewCategory = "a category not already named";
    internal const string ExpectedSingleFloor = "a term (a formula has at most one \"in total\" floor)";
    internal const string ExpectedOnlyOneCatchAll = "\"of\" (only one term may leave out categories)";
    internal const string ExpectedTermBesidesFloor = "\";\" and a term (a floor alone exchanges no one)";
    internal const string AfterQuantity = "\"of\", \";\" or end of input";
    internal const string AfterCategory = "\",\", \";\" or end of input";
    internal const string AfterFloor = "\";\" or end of input";

    private readonly string _text;
    private readonly List<FormulaToken> _tokens;
    private readonly ImmutableArray<ExchangeTerm>.Builder _terms = ImmutableArray.CreateBuilder<ExchangeTerm>();
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private int _position;
    private int? _floor;
    private bool _hasCatchAll;

    private FormulaParser(string text)
    {
        _text = text;
        _tokens = FormulaTokenizer.Tokenize(text);
    }

    public static ExchangeFormula Parse(string text) => new FormulaParser(text).ParseFormula();

    private FormulaToken Current => _tokens[_position];

    private FormulaToken Peek(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private FormulaToken Advance() => _tokens[_position++];

    private static FormulaSyntaxException Error(FormulaToken at, string expected) => new(at.Column, expected, at.Shown);

    // formula = clause { ";" clause } ;
    private ExchangeFormula ParseFormula()
    {
        while (true)
        {
            var follow = ParseClause();
            if (Current.Kind == FormulaTokenKind.End)
            {
                break;
            }
            if (Current.Kind != FormulaTokenKind.Semicolon)
            {
                throw Error(Current, follow);
            }
            Advance();
        }
        if (_terms.Count == 0)
        {
            throw Error(Current, ExpectedTermBesidesFloor);
        }
        return new ExchangeFormula(_terms.ToImmutable(), _floor);
    }

    // clause = term | floor ;   returns what may follow the clause, for the message if something else does.
    private string ParseClause()
    {
        var isFloor = Current.IsKeyword("at") && Peek(1).IsKeyword("least") && Peek(2).Kind == FormulaTokenKind.Number && Peek(3).IsKeyword("in");
        if (isFloor)
        {
            ParseFloor();
            return AfterFloor;
        }
        return ParseTerm();
    }

    // floor = "at" "least" number "in" "total" ;
    private void ParseFloor()
    {
        var start = Advance();
        Advance();
        var value = ParseNumber();
        Expect("in");
        var end = Expect("total");
        if (_floor is not null)
        {
            var clause = _text[(start.Column - 1)..(end.EndColumn - 1)];
            throw new FormulaSyntaxException(start.Column, ExpectedSingleFloor, FormulaToken.Quote(clause));
        }
        _floor = value;
    }

    // term = quantity "for" quantity [ "of" category { "," category } ] ;
    private string ParseTerm()
    {
        var sideA = ParseQuantity();
        if (!Current.IsKeyword("for"))
        {
            throw Error(Current, sideA is Quantity.AtLeast ? "\"for\" or \"in\"" : "\"for\"");
        }
        Advance();
        var sideB = ParseQuantity();
        if (!Current.IsKeyword("of"))
        {
            if (_hasCatchAll && Current.Kind is FormulaTokenKind.Semicolon or FormulaTokenKind.End)
            {
                throw Error(Current, ExpectedOnlyOneCatchAll);
            }
            _hasCatchAll = true;
            _terms.Add(new ExchangeTerm(sideA, sideB));
            return AfterQuantity;
        }
        Advance();
        var categories = ImmutableArray.CreateBuilder<string>();
        while (true)
        {
            var token = Current;
            var name = ParseCategory();
            if (categories.Contains(name) || _claimed.Contains(name))
            {
                throw Error(token, ExpectedNewCategory);
            }
            categories.Add(name);
            if (Current.Kind != FormulaTokenKind.Comma)
            {
                break;
            }
            Advance();
        }
        _claimed.UnionWith(categories);
        _terms.Add(new ExchangeTerm(sideA, sideB, categories.ToImmutable()));
        return AfterCategory;
    }

    // quantity = number | "at" "least" number | "all" ;
    private Quantity ParseQuantity()
    {
        if (Current.Kind == FormulaTokenKind.Number)
        {
            return new Quantity.Exactly(ParseNumber());
        }
        if (Current.IsKeyword("all"))
        {
            Advance();
            return Quantity.All.Instance;
        }
        if (Current.IsKeyword("at"))
        {
            Advance();
            Expect("least");
            return new Quantity.AtLeast(ParseNumber());
        }
        throw Error(Current, ExpectedQuantity);
    }

    // number = digit { digit } | digit [digit] [digit] { "," digit digit digit } ;   value 1..10,000,000
    private int ParseNumber()
    {
        var token = Current;
        if (token.Kind != FormulaTokenKind.Number)
        {
            throw Error(token, ExpectedNumber);
        }
        var groups = token.Text.Split(',');
        if (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            throw Error(token, ExpectedNumberGrouping);
        }
        long value = 0;
        foreach (var c in token.Text)
        {
            if (c != ',')
            {
                value = Math.Min(value * 10 + (c - '0'), Quantity.MaxCount + 1L);
            }
        }
        if (value is < 1 or > Quantity.MaxCount)
        {
            throw Error(token, ExpectedNumberInRange);
        }
        Advance();
        return (int)value;
    }

    // category = letter { letter | digit | "-" } ;   normalised to lower case
    private string ParseCategory()
    {
        var token = Current;
        if (token.Kind != FormulaTokenKind.Word)
        {
            throw Error(token, ExpectedCategory);
        }
        var name = token.Text.ToLowerInvariant();
        if (!System.Text.Ascii.IsValid(token.Text) || !FormulaSyntax.IsCategoryName(name))
        {
            throw Error(token, ExpectedValidCategory);
        }
        Advance();
        return name;
    }

    private FormulaToken Expect(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            throw Error(Current, $"\"{keyword}\"");
        }
        return Advance();
    }
}
