using System.Collections.Immutable;
using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>
/// When an exchange and each of its terms will be fulfilled, from the rates observed so far (or overridden), as
/// percentile dates over a seeded simulation; or why no forecast can be made. Counts and dates only. Immutable.
/// </summary>
/// <param name="Status">Made, already fulfilled, or unavailable.</param>
/// <param name="AsOf">The day the forecast starts from: the last day the exchange's log records anything.</param>
/// <param name="Missing">When unavailable: what is missing, each a sentence that says how to supply it.</param>
/// <param name="Rates">The rates the runs draw, each with the assumption behind it.</param>
/// <param name="FulfilledOn">When already fulfilled: the day it was.</param>
/// <param name="Exchange">When the whole exchange is fulfilled.</param>
/// <param name="Terms">When each term is fulfilled by both sides, in term order.</param>
/// <param name="Stages">The stages still to come, in order.</param>
/// <param name="StagesToCome">How many more stages, among the runs that fulfil the exchange.</param>
/// <param name="By">The date asked about, if any.</param>
/// <param name="ChanceBy">The share of runs in which the exchange is fulfilled by <see cref="By"/>.</param>
/// <param name="Runs">How many runs.</param>
/// <param name="Seed">The seed they were drawn from.</param>
public sealed record Forecast(
    ForecastStatus Status,
    LocalDate? AsOf,
    ImmutableArray<string> Missing,
    ImmutableArray<ForecastRate> Rates,
    LocalDate? FulfilledOn,
    DateRange? Exchange,
    ImmutableArray<DateRange> Terms,
    ImmutableArray<StageOutlook> Stages,
    Spread? StagesToCome,
    LocalDate? By,
    double? ChanceBy,
    int Runs,
    ulong Seed)
{
    public static Forecast Unavailable(LocalDate? asOf, IEnumerable<string> missing, ImmutableArray<ForecastRate> rates, ForecastSettings settings) =>
        new(ForecastStatus.Unavailable, asOf, [.. missing], rates, null, null, [], [], null, settings.By, null, 0, settings.Seed);

    public static Forecast AlreadyFulfilled(LocalDate asOf, LocalDate fulfilledOn, ForecastSettings settings) =>
        new(ForecastStatus.Fulfilled, asOf, [], [], fulfilledOn, null, [], [], null, settings.By, settings.By is { } by ? (by >= fulfilledOn ? 1 : 0) : null, 0, settings.Seed);
}
