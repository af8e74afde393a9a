using System.CommandLine;
using System.Text.Json;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Parley.Store;
using Parley.Store.Domain;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley formula "TEXT" [--db PATH] [--json]`: parse an exchange formula, say what it means, and warn about terms that
/// can never be met (from the formula alone; with --db, against the categories on that record's lists).
/// </summary>
internal static class FormulaCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "The formula, such as \"1000 for 1000\" (quote it)." };
        var json = CommonOptions.Json();
        var db = new Option<string?>("--db")
        {
            Description = "A Parley database: also warn about categories no list in it names and terms shadowed by earlier ones.",
            HelpName = "PATH",
        };
        var command = new Command("formula", "Parse an exchange formula, explain it and warn about terms that can never be met; on error say the column, what was expected and what was found.")
        {
            text, db, json,
        };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!ExchangeFormula.TryParse(parse.GetValue(text)!, out var formula, out var error))
            {
                parse.InvocationConfiguration.Error.WriteLine(error.Message);
                return ExitCodes.BadInput;
            }
            var warnings = parse.GetValue(db) is { } path ? FormulaWarnings.Of(formula, Listed(path)) : FormulaWarnings.Of(formula);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(FormulaJson.Of(formula, warnings), CliJson.Indented));
                return ExitCodes.Ok;
            }
            var console = Consoles.For(output);
            console.MarkupLine($"[bold]{Markup.Escape(formula.ToString())}[/]");
            foreach (var sentence in formula.Explain())
            {
                console.MarkupLine($"  {Markup.Escape(sentence)}");
            }
            foreach (var warning in warnings)
            {
                console.MarkupLine($"[yellow]warning[/]: {Markup.Escape(warning.Message)}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The category sets on every list of the record: the state of the whole log (its newest snapshot and the events
    /// after it), since categories are personal details and no projection holds them.
    /// </summary>
    private static CategorySets Listed(string path)
    {
        using var log = EventLogs.Open(path, OpenMode.MustExist);
        return CategorySets.Of(ParleyStore.ReadState(log).State);
    }
}

/// <summary>The JSON shape `parley formula --json` prints.</summary>
internal sealed record FormulaJson(
    string Canonical, IReadOnlyList<FormulaJson.Term> Terms, int? TotalFloorEachSide, IReadOnlyList<string> Explanation, IReadOnlyList<FormulaWarning> Warnings)
{
    public sealed record Term(string Text, QuantityJson SideA, QuantityJson SideB, IReadOnlyList<string> Categories, bool Balanced);

    public sealed record QuantityJson(string Kind, int? Count);

    public static FormulaJson Of(ExchangeFormula formula, IReadOnlyList<FormulaWarning> warnings) => new(
        formula.ToString(),
        formula.Terms.Select(t => new Term(t.ToString(), Quantity(t.SideA), Quantity(t.SideB), t.Categories, t.IsBalanced)).ToList(),
        formula.TotalFloorEachSide,
        formula.Explain(),
        warnings);

    private static QuantityJson Quantity(Quantity q) => q switch
    {
        Core.Formulas.Quantity.Exactly e => new("exactly", e.Count),
        Core.Formulas.Quantity.AtLeast a => new("at-least", a.Count),
        _ => new("all", null),
    };
}
