using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// A formula with the capital letter <c>N</c> in place of a number, such as <c>N for N</c> or
/// <c>at least N for at least N; all for all of civilians</c>: the question "what is the largest N the lists carry?".
/// Parsed with the formula language's own parser, so a mistake is reported at its column as <c>parley formula</c> does.
/// Immutable.
/// </summary>
public sealed partial class FormulaTemplate
{
    private readonly ExchangeFormula _withOne;
    private readonly ImmutableArray<bool> _slotA;
    private readonly ImmutableArray<bool> _slotB;
    private readonly bool _slotFloor;

    private FormulaTemplate(string text, ExchangeFormula withOne, ImmutableArray<bool> slotA, ImmutableArray<bool> slotB, bool slotFloor)
    {
        Text = text;
        _withOne = withOne;
        _slotA = slotA;
        _slotB = slotB;
        _slotFloor = slotFloor;
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>Parses a template.</summary>
    /// <exception cref="FormulaSyntaxException">
    /// The text is not a formula once N stands for a number (at the column of the mistake), or it has no N.
    /// </exception>
    public static FormulaTemplate Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var slots = Placeholder().Matches(text).Select(m => m.Index).ToList();
        // "1" and "2" are as long as "N", so the parser's columns are the template's columns.
        if (!ExchangeFormula.TryParse(Placeholder().Replace(text, "1"), out var withOne, out var error))
        {
            var found = slots.Contains(error.Column - 1) ? "'N'" : error.Found;
            throw new FormulaSyntaxException(error.Column, error.Expected, found);
        }
        if (slots.Count == 0)
        {
            throw new FormulaSyntaxException(1, "N in place of the number to find, as in \"N for N\"", Quote(text));
        }
        var withTwo = ExchangeFormula.Parse(Placeholder().Replace(text, "2"));
        // A quantity that reads 1 with N = 1 and 2 with N = 2 is one N stands in; a literal number reads the same in both.
        var slotA = withOne.Terms.Zip(withTwo.Terms, (one, two) => one.SideA != two.SideA).ToImmutableArray();
        var slotB = withOne.Terms.Zip(withTwo.Terms, (one, two) => one.SideB != two.SideB).ToImmutableArray();
        var slotFloor = withOne.TotalFloorEachSide != withTwo.TotalFloorEachSide;
        if (!slotA.Contains(true) && !slotB.Contains(true) && !slotFloor)
        {
            throw new FormulaSyntaxException(slots[0] + 1, "N in place of a number (a quantity or the floor)", "'N'");
        }
        return new FormulaTemplate(text, withOne, slotA, slotB, slotFloor);
    }

    /// <summary>The formula with N = <paramref name="n"/>.</summary>
    public ExchangeFormula With(int n)
    {
        Preconditions.CheckRange(n, 1, Quantity.MaxCount);
        var terms = ImmutableArray.CreateBuilder<ExchangeTerm>(_withOne.Terms.Length);
        for (var i = 0; i < _withOne.Terms.Length; i++)
        {
            var term = _withOne.Terms[i];
            terms.Add(new ExchangeTerm(_slotA[i] ? WithCount(term.SideA, n) : term.SideA, _slotB[i] ? WithCount(term.SideB, n) : term.SideB, term.Categories));
        }
        return new ExchangeFormula(terms.MoveToImmutable(), _slotFloor ? n : _withOne.TotalFloorEachSide);
    }

    public override string ToString() => Text;

    private static Quantity WithCount(Quantity quantity, int n) => quantity switch
    {
        Quantity.AtLeast => new Quantity.AtLeast(n),
        _ => new Quantity.Exactly(n),
    };

    private static string Quote(string text) => text.Length == 0 ? "end of input" : $"'{(text.Length > 40 ? text[..40] + "…" : text)}'";

    /// <summary>A capital N standing alone (not part of a word or a category name).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9-])N(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
