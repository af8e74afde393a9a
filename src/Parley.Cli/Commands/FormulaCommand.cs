using System.CommandLine;
using System.Text.Json;
using Parley.Core.Formulas;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>`parley formula "TEXT" [--json]`: parse an exchange formula and say what it means.</summary>
internal static class FormulaCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "The formula, such as \"1000 for 1000\" (quote it)." };
        var json = CommonOptions.Json();
        var command = new Command("formula", "Parse an exchange formula and explain it; on error say the column, what was expected and what was found.")
        {
            text, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!ExchangeFormula.TryParse(parse.GetValue(text)!, out var formula, out var error))
            {
                parse.InvocationConfiguration.Error.WriteLine(error.Message);
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(FormulaJson.Of(formula), CliJson.Indented));
                return ExitCodes.Ok;
            }
            var console = Consoles.For(output);
            console.MarkupLine($"[bold]{Markup.Escape(formula.ToString())}[/]");
            foreach (var sentence in formula.Explain())
            {
                console.MarkupLine($"  {Markup.Escape(sentence)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>The JSON shape `parley formula --json` prints.</summary>
internal sealed record FormulaJson(string Canonical, IReadOnlyList<FormulaJson.Term> Terms, int? TotalFloorEachSide, IReadOnlyList<string> Explanation)
{
    public sealed record Term(string Text, QuantityJson SideA, QuantityJson SideB, IReadOnlyList<string> Categories, bool Balanced);

    public sealed record QuantityJson(string Kind, int? Count);

    public static FormulaJson Of(ExchangeFormula formula) => new(
        formula.ToString(),
        formula.Terms.Select(t => new Term(t.ToString(), Quantity(t.SideA), Quantity(t.SideB), t.Categories, t.IsBalanced)).ToList(),
        formula.TotalFloorEachSide,
        formula.Explain());

    private static QuantityJson Quantity(Quantity q) => q switch
    {
        Core.Formulas.Quantity.Exactly e => new("exactly", e.Count),
        Core.Formulas.Quantity.AtLeast a => new("at-least", a.Count),
        _ => new("all", null),
    };
}
