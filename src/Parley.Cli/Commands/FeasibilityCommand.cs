using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using Parley.Cli.Rendering;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley feasibility EXCHANGE [--formula TEXT] [--largest TEMPLATE] [--by DATE] [overrides] [--db PATH] [--json]`: can
/// the formula be carried out from what the lists hold, what holds it up, and by when (docs/feasibility.md). With
/// `--round ID` instead of an exchange, a formula not yet agreed is asked of all the round's exchanges' lists together.
/// </summary>
internal static class FeasibilityCommand
{
    public static Command Create()
    {
        var exchange = new Argument<string?>("EXCHANGE") { Description = "The exchange's id (or give --exchange).", Arity = ArgumentArity.ZeroOrOne };
        var exchangeOption = new Option<string?>("--exchange") { Description = "The exchange's id, for a what-if: --formula \"1300 for 1300\" --exchange X.", HelpName = "ID" };
        var roundOption = new Option<string?>("--round") { Description = "A round's id instead of an exchange: a what-if (--formula or --largest) asked of all its exchanges' lists and activity together.", HelpName = "ID" };
        var formula = new Option<string?>("--formula") { Description = "A formula not yet agreed, asked of the exchange's lists (what-if).", HelpName = "TEXT" };
        var largest = new Option<string?>("--largest") { Description = "A template with N for the number, such as \"N for N\": the largest N the lists carry now (and by --by).", HelpName = "TEMPLATE" };
        var by = new Option<string?>("--by") { Description = "A date (YYYY-MM-DD): the chance the exchange is fulfilled by then, and the largest N by then.", HelpName = "DATE" };
        var stageCapacity = new Option<int?>("--stage-capacity") { Description = "People a stage carries from each side, instead of what the stages held carried.", HelpName = "N" };
        var stagesPerWeek = new Option<double?>("--stages-per-week") { Description = "Stages a week, instead of the observed days between stages.", HelpName = "X" };
        var verifyPerDay = new Option<int?>("--verify-per-day") { Description = "People the verifier interviews a day for each side, instead of the observed pace.", HelpName = "N" };
        var runs = new Option<int>("--runs") { Description = "Simulation runs.", DefaultValueFactory = _ => ForecastSettings.DefaultRuns, HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "The simulation's seed: the same seed gives the same forecast.", DefaultValueFactory = _ => ForecastSettings.DefaultSeed, HelpName = "N" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();

        stageCapacity.Validators.Add(r => InRange(r, r.GetValueOrDefault<int?>(), 1, ForecastSettings.MaxStageCapacity, "people a stage"));
        verifyPerDay.Validators.Add(r => InRange(r, r.GetValueOrDefault<int?>(), 1, ForecastSettings.MaxVerifiedPerDay, "people a day"));
        runs.Validators.Add(r => InRange(r, r.GetValueOrDefault<int>(), ForecastSettings.MinRuns, ForecastSettings.MaxRuns, "runs"));
        stagesPerWeek.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } perWeek
                && !(double.IsFinite(perWeek) && perWeek >= ForecastSettings.MinStagesPerWeek && perWeek <= ForecastSettings.MaxStagesPerWeek))
            {
                r.AddError($"--stages-per-week must be from 0.02 (one a year) to {ForecastSettings.MaxStagesPerWeek} (one a day); it was {Text(perWeek)}");
            }
        });
        by.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !LocalDatePattern.Iso.Parse(text).Success)
            {
                r.AddError($"--by must be a date written YYYY-MM-DD, such as 2025-06-30; it was '{text}'");
            }
        });

        var command = new Command("feasibility", "Can an exchange's formula (or a formula not yet agreed) be carried out from what its lists hold, what holds it up, and by when, with the assumption behind every rate.")
        {
            exchange, exchangeOption, roundOption, formula, largest, by, stageCapacity, stagesPerWeek, verifyPerDay, runs, seed, db, json,
        };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var error = parse.InvocationConfiguration.Error;
            var id = parse.GetValue(exchange);
            var named = parse.GetValue(exchangeOption);
            if (id is not null && named is not null && id != named)
            {
                error.WriteLine($"parley: two exchanges given ('{id}' and --exchange '{named}'); give one");
                return ExitCodes.BadInput;
            }
            id ??= named;
            var round = parse.GetValue(roundOption);
            if (round is not null && id is not null)
            {
                error.WriteLine($"parley: an exchange ('{id}') and a round (--round '{round}') given; give one");
                return ExitCodes.BadInput;
            }
            if (round is not null && parse.GetValue(formula) is null && parse.GetValue(largest) is null)
            {
                error.WriteLine($"parley: round '{round}' has no agreed formula of its own: ask it one with --formula TEXT or --largest TEMPLATE, as in 'parley feasibility --round {round} --formula \"1300 for 1300\"'");
                return ExitCodes.BadInput;
            }
            if (round is null && string.IsNullOrWhiteSpace(id))
            {
                error.WriteLine("parley: which exchange? give its id, as in 'parley feasibility may-2025', or a round with --round ID ('parley status' lists them)");
                return ExitCodes.BadInput;
            }
            ExchangeFormula? whatIf = null;
            if (parse.GetValue(formula) is { } text && !ExchangeFormula.TryParse(text, out whatIf, out var formulaError))
            {
                error.WriteLine($"parley: --formula: {formulaError.Message}");
                return ExitCodes.BadInput;
            }
            FormulaTemplate? template = null;
            if (parse.GetValue(largest) is { } templateText)
            {
                try
                {
                    template = FormulaTemplate.Parse(templateText);
                }
                catch (FormulaSyntaxException e)
                {
                    error.WriteLine($"parley: --largest: {e.Message}");
                    return ExitCodes.BadInput;
                }
            }
            var settings = new ForecastSettings(
                parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(stageCapacity), parse.GetValue(stagesPerWeek), parse.GetValue(verifyPerDay),
                parse.GetValue(by) is { } date ? LocalDatePattern.Iso.Parse(date).Value : null);

            var report = Analyse(parse.GetValue(db)!, id, round, new FeasibilityQuestion(whatIf, settings, template));
            if (settings.By is { } asked && report.Forecast.AsOf is { } asOf && asked < asOf)
            {
                var what = round is null ? $"exchange '{id}'" : $"round '{round}' (its exchanges)";
                error.WriteLine($"parley: --by {Iso(asked)} is before {Iso(asOf)}, the last day {what} records; ask about a later date");
                return ExitCodes.BadInput;
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(report, CliJson.Indented));
            }
            else
            {
                FeasibilityView.Render(Consoles.For(output), report);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Folds the log into the state and the exchanges' activity (rates need when things happened,
    /// <see cref="ExchangeActivities"/>): the one exchange's, or with <paramref name="round"/> every exchange's, the
    /// round's being picked out by the analysis.
    /// </summary>
    private static FeasibilityReport Analyse(string path, string? exchange, string? round, FeasibilityQuestion question)
    {
        using var log = EventLogs.Open(path, OpenMode.MustExist);
        var state = Core.State.ParleyState.Empty;
        var activities = new ExchangeActivities();
        foreach (var stored in log.Read())
        {
            Core.Events.DomainEvent e;
            try
            {
                // An event whose private part was erased (parley erase) is read as the public record shows it, as the
                // store's replay does: its exchange's figures stand, its people's details are gone.
                e = stored.Private is null && Core.Wire.EventCodec.RequiresPrivatePart(stored.Type) ? stored.DecodePublic() : stored.Decode();
                state = state.Apply(e);
            }
            catch (Exception failure) when (failure is not Core.Wire.UnknownEventTypeException)
            {
                throw new CorruptLogException(log.Location, stored.Sequence, stored.Type, failure);
            }
            if (e is Core.Events.IExchangeEvent x && (round is not null || x.Exchange == exchange))
            {
                activities.Read(e, state);
            }
        }
        return round is not null
            ? FeasibilityAnalysis.AnalyseRound(state, round, activities, question)
            : FeasibilityAnalysis.Analyse(state, exchange!, activities, question);
    }

    private static void InRange(OptionResult result, int? value, int min, int max, string unit)
    {
        if (value is { } v && (v < min || v > max))
        {
            result.AddError($"{result.Option.Name} must be from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)} {unit}; it was {v.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
