using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// Turns what the log shows (<see cref="ExchangeActivity"/>) and what the lists hold into the rates of the forecast,
/// each with the assumption behind it, and runs the simulation; or says what is missing and makes no forecast.
/// </summary>
internal static class ForecastModel
{
    /// <summary>The range assumed for the days between stages before two stages have been held: a day to a week.</summary>
    public const double FewestDaysBetweenStages = 1;

    public const double MostDaysBetweenStages = 7;

    public static Forecast Make(ForecastQuestion q)
    {
        var asOf = q.Activity.AsOfDate(q.Zone);
        if (!q.WhatIf && q.Activity.FulfilledAt is { } fulfilledAt)
        {
            var fulfilledOn = fulfilledAt.InZone(q.Zone).Date;
            return Forecast.AlreadyFulfilled(asOf ?? fulfilledOn, fulfilledOn, q.Settings);
        }
        if (!q.OnLists.Feasible)
        {
            return Forecast.Unavailable(asOf, ["the formula cannot be fulfilled from what is on the lists (see the binding constraint), so there is no date to forecast"], [], q.Settings);
        }
        if (asOf is not { } start)
        {
            return Forecast.Unavailable(null, ["nothing dated has happened in this exchange yet (no match decided, interview, move or stage), so there is no day to start from and no pace to go on"], [], q.Settings);
        }
        var built = Plan(q, start);
        if (built.Missing.Count > 0)
        {
            return Forecast.Unavailable(start, built.Missing, built.Rates, q.Settings);
        }
        var outcome = ForecastSimulation.Run(built.Plan!, q.Settings.Runs, q.Settings.Seed);
        return new Forecast(
            ForecastStatus.Made, start, [], built.Rates, null,
            outcome.ExchangeRange(start), outcome.TermRanges(start), outcome.StageOutlooks(start, built.Plan!.HeldStages), outcome.StagesToCome(),
            q.Settings.By, q.Settings.By is { } by ? outcome.ShareBy(Period.DaysBetween(start, by)) : null, q.Settings.Runs, q.Settings.Seed);
    }

    /// <summary>The plan for a formula and lists, without running it: what <see cref="LargestFormulaSearch"/> reuses.</summary>
    public static (ForecastPlan? Plan, ImmutableArray<ForecastRate> Rates, List<string> Missing) Plan(ForecastQuestion q, LocalDate asOf)
    {
        var rates = ImmutableArray.CreateBuilder<ForecastRate>();
        var missing = new List<string>();
        var verified = FeasibilityCheck.Evaluate(q.Formula, q.Counts, Readiness.Verified);
        var perDay = new RateDraw[2];
        var declines = new RateDraw[2];
        foreach (var side in new[] { Side.A, Side.B })
        {
            var needed = q.Counts.Total(side) is var total && total.Offered + total.Matched > 0 && VerificationNeeded(q, verified, side);
            (perDay[(int)side], declines[(int)side]) = Verification(q, side, needed, asOf, rates, missing);
        }
        var capacity = Capacity(q, rates, missing);
        var gap = DaysBetweenStages(q, rates);
        var planned = ImmutableArray.CreateBuilder<(int Day, int A, int B)>();
        foreach (var stage in q.Activity.OpenStages)
        {
            var day = Period.DaysBetween(asOf, stage.Date);
            planned.Add((Math.Max(day, 0), stage.PlannedA, stage.PlannedB));
            rates.Add(new ForecastRate($"stage {stage.Id}", $"{Iso(stage.Date)}: {N(stage.PlannedA)} for {N(stage.PlannedB)}",
                day >= 0 ? "planned: held on its date with the numbers planned" : $"planned for {Iso(stage.Date)}, which has passed: assumed held on {Iso(asOf)}",
                RateSource.Planned));
        }
        if (missing.Count > 0)
        {
            return (null, rates.ToImmutable(), missing);
        }
        var held = q.Activity.HeldStages;
        return (new ForecastPlan(q.Formula, q.Counts)
        {
            Planned = planned.ToImmutable(),
            LastHeldDay = held.IsEmpty ? 0 : Period.DaysBetween(asOf, held[^1].Date),
            HeldStages = held.Length,
            VerifiedPerDay = perDay,
            DeclineShare = declines,
            StageCapacity = capacity!,
            DaysBetweenStages = gap,
        }, rates.ToImmutable(), missing);
    }

    /// <summary>
    /// Whether the side's people still to be verified matter: some condition on the side is not met by its verified
    /// people alone, or an <c>all</c> term of the side waits for everyone it holds.
    /// </summary>
    private static bool VerificationNeeded(ForecastQuestion q, FeasibilityVerdict verified, Side side)
    {
        if (verified.Constraints.Any(c => c.Side == side && !c.Met))
        {
            return true;
        }
        for (var term = 0; term < q.Formula.Terms.Length; term++)
        {
            var quantity = side == Side.A ? q.Formula.Terms[term].SideA : q.Formula.Terms[term].SideB;
            var held = q.Counts[term, side];
            if (quantity is Quantity.All && held.Offered + held.Matched > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static (RateDraw PerDay, RateDraw Declines) Verification(
        ForecastQuestion q, Side side, bool needed, LocalDate asOf, ImmutableArray<ForecastRate>.Builder rates, List<string> missing)
    {
        var name = $"verification, side {side} ({q.Party(side)})";
        var declinesName = $"declines, side {side} ({q.Party(side)})";
        if (!needed)
        {
            rates.Add(new ForecastRate(name, "not needed", "everyone the formula still needs from this side is verified already", RateSource.NotNeeded));
            return (new RateDraw.Fixed(0), new RateDraw.Fixed(0));
        }
        var days = q.Activity.Interviews.Where(d => d.Side == side).ToList();
        var confirmed = days.Sum(d => d.Confirmed);
        var declined = days.Sum(d => d.Declined);
        RateDraw declines;
        if (days.Count == 0)
        {
            declines = new RateDraw.Fixed(0);
            rates.Add(new ForecastRate(declinesName, "none assumed", "nobody from this side has been interviewed yet, so no one is assumed to decline", RateSource.Assumed));
        }
        else
        {
            declines = new RateDraw.Share(declined, confirmed);
            rates.Add(new ForecastRate(declinesName, Percent(declined / (double)(declined + confirmed)),
                $"observed: {N(declined)} of {N(declined + confirmed)} interviewed declined to return; each run draws a share those figures allow (Beta {1 + declined}, {1 + confirmed}) and applies it to everyone still to be interviewed",
                RateSource.Observed));
        }
        if (q.Settings.VerifiedPerDay is { } given)
        {
            rates.Add(new ForecastRate(name, $"{N(given)} a day", $"given: the verifier interviews {N(given)} of this side's people a day", RateSource.Override));
            return (new RateDraw.Fixed(given), declines);
        }
        if (days.Count == 0)
        {
            missing.Add($"nobody held by side {side} ({q.Party(side)}) has been interviewed yet, so the verifier's pace is unknown: give --verify-per-day N");
            return (new RateDraw.Fixed(0), declines);
        }
        // Every day from the first interview to the as-of day counts, idle days too: a pause is part of the pace.
        var first = days[0].Date;
        var span = Math.Max(1, Period.DaysBetween(first, asOf) + 1);
        var perDay = new double[span];
        foreach (var day in days)
        {
            var index = Period.DaysBetween(first, day.Date);
            if (index >= 0 && index < span)
            {
                perDay[index] += day.Interviewed;
            }
        }
        var total = days.Sum(d => d.Interviewed);
        rates.Add(new ForecastRate(name, $"{N(total / (double)span)} a day",
            $"observed: {N(total)} interviewed over {span} day{(span == 1 ? "" : "s")} ({Iso(first)} to {Iso(asOf)}, idle days included); the verifier is assumed to keep that pace, each run resampling those days",
            RateSource.Observed));
        // A resample of idle days only is read as the quietest working day seen, once over the span, not as a stop.
        return (new RateDraw.BootstrapMean([.. perDay], perDay.Where(d => d > 0).DefaultIfEmpty(0).Min() / span), declines);
    }

    private static RateDraw? Capacity(ForecastQuestion q, ImmutableArray<ForecastRate>.Builder rates, List<string> missing)
    {
        const string Name = "handover per stage";
        if (q.Settings.StageCapacity is { } given)
        {
            rates.Add(new ForecastRate(Name, $"{N(given)} a stage", $"given: every stage to come carries up to {N(given)} from each side", RateSource.Override));
            return new RateDraw.Fixed(given);
        }
        var held = q.Activity.HeldStages;
        if (held.IsEmpty)
        {
            missing.Add("no stage has been held yet, so how many a stage carries is unknown: give --stage-capacity N");
            return null;
        }
        var sizes = held.Select(s => (double)s.Size).ToImmutableArray();
        rates.Add(new ForecastRate(Name, $"{N(sizes.Average())} a stage",
            $"observed: the {Stages(held.Length)} held carried {string.Join(", ", held.Select(s => N(s.Size)))} from a side; every stage to come is assumed to carry about as many, each run resampling them",
            RateSource.Observed));
        return new RateDraw.BootstrapMean(sizes);
    }

    private static RateDraw DaysBetweenStages(ForecastQuestion q, ImmutableArray<ForecastRate>.Builder rates)
    {
        const string Name = "days between stages";
        if (q.Settings.StagesPerWeek is { } perWeek)
        {
            rates.Add(new ForecastRate(Name, $"{N(7 / perWeek)} days", $"given: {N(perWeek)} stage{(perWeek == 1 ? "" : "s")} a week", RateSource.Override));
            return new RateDraw.Fixed(7 / perWeek);
        }
        var held = q.Activity.HeldStages;
        if (held.Length >= 2)
        {
            var gaps = held.Zip(held.Skip(1), (a, b) => (double)Period.DaysBetween(a.Date, b.Date)).ToImmutableArray();
            rates.Add(new ForecastRate(Name, $"{N(gaps.Average())} days",
                $"observed: {string.Join(", ", gaps.Select(g => N(g)))} days between the {Stages(held.Length)} held; each run resamples them (at most one stage a day)",
                RateSource.Observed));
            return new RateDraw.BootstrapMean(gaps);
        }
        rates.Add(new ForecastRate(Name, $"{N(FewestDaysBetweenStages)} to {N(MostDaysBetweenStages)} days",
            $"not observed yet ({Stages(held.Length)} held): assumed a day to a week apart, each run drawing one pace, shorter and longer alike on a log scale (the 2025 exchanges ran stages from a day to a week apart); --stages-per-week N sets it",
            RateSource.Assumed));
        return new RateDraw.LogUniform(FewestDaysBetweenStages, MostDaysBetweenStages);
    }

    private static string Stages(int count) => count == 1 ? "one stage" : $"{N(count)} stages";

    private static string N(double value) => value.ToString(value == Math.Floor(value) ? "N0" : "N1", CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
