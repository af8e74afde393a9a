using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Parley.Server.Access;

namespace Parley.Server.Feasibility;

/// <summary>
/// Feasibility in public (docs/feasibility.md): an exchange's under its agreed formula, and a what-if on a round's
/// exchanges together. Counts, dates and sentences, never a person.
/// </summary>
public static class FeasibilityApi
{
    public static IEndpointRouteBuilder MapFeasibilityApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/exchanges/{id}/feasibility", Results<Ok<FeasibilityReport>, ProblemHttpResult> (string id, FeasibilityReports reports) =>
                reports.Of(id) is { } report
                    ? TypedResults.Ok(report)
                    : Problems.Problem.NotFound($"there is no exchange '{id}'"))
            .WithTags("Record")
            .AllowEveryone()
            .WithSummary("Whether the agreed formula can be fulfilled from the lists, what binds, and the forecast with its range and assumptions (docs/feasibility.md)");
        routes.MapGet("/api/rounds/{id}/feasibility", RoundWhatIf)
            .WithTags("Record")
            .AllowEveryone()
            .WithSummary("Whether a formula not yet agreed (?formula=, naming no category) can be fulfilled from the lists of all the round's exchanges together, what binds, and by when (docs/feasibility.md)");
        return routes;
    }

    private static Results<Ok<FeasibilityReport>, ProblemHttpResult, ValidationProblem> RoundWhatIf(string id, string? formula, FeasibilityReports reports)
    {
        if (string.IsNullOrWhiteSpace(formula))
        {
            return Problems.Problem.BadField("formula", "give the formula to ask, as in ?formula=1300 for 1300: a round has no agreed formula of its own");
        }
        if (!ExchangeFormula.TryParse(formula, out var whatIf, out var error))
        {
            return Problems.Problem.BadField("formula", $"formula: {error.Message}");
        }
        if (FeasibilityReports.NamesCategories(whatIf))
        {
            return Problems.Problem.BadField("formula",
                "the formula names categories; who falls under such a term depends on each person's categories, which are personal data and never used in public: ask a formula without categories here, or `parley feasibility --round ID --formula TEXT` on the record");
        }
        try
        {
            return TypedResults.Ok(reports.OfRound(id, whatIf));
        }
        catch (UnknownRoundException e)
        {
            return Problems.Problem.NotFound(e.Message);
        }
        catch (RoundWithoutExchangeException e)
        {
            return Problems.Problem.NotFound(e.Message);
        }
        catch (RoundPartiesDifferException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "The round's exchanges cannot be counted together.");
        }
    }
}
