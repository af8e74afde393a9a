using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using Parley.Core.Feasibility;

namespace Parley.Server.Feasibility;

/// <summary>
/// The JSON feed's <c>_parley</c> extension on an exchange's page: the feasibility in brief (the whole report is at
/// <c>/api/exchanges/{id}/feasibility</c>). As of the log position <c>through</c>: the feed is made again when its page
/// gets an entry.
/// </summary>
public static class FeasibilityJson
{
    public static JsonObject? Extension(FeasibilityReport? report, long through)
    {
        if (report is not { Exchange: { } exchange })
        {
            return null;
        }
        var forecast = report.Forecast;
        return new JsonObject
        {
            ["feasibility"] = new JsonObject
            {
                ["through"] = through,
                ["terms"] = report.Formula,
                ["feasible"] = report.Feasible,
                ["binding"] = report.Binding,
                ["readyToGo"] = new JsonObject { [report.SideA] = report.ReadyToGoA, [report.SideB] = report.ReadyToGoB },
                ["stillNeeded"] = new JsonObject { [report.SideA] = report.StillNeededA, [report.SideB] = report.StillNeededB },
                ["forecast"] = new JsonObject
                {
                    ["status"] = forecast.Status.ToString().ToLowerInvariant(),
                    ["fulfilledOn"] = Iso(forecast.FulfilledOn),
                    ["p10"] = Iso(forecast.Exchange?.P10),
                    ["p50"] = Iso(forecast.Exchange?.P50),
                    ["p90"] = Iso(forecast.Exchange?.P90),
                },
                ["details"] = $"/api/exchanges/{Uri.EscapeDataString(exchange)}/feasibility",
            },
        };
    }

    private static string? Iso(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
