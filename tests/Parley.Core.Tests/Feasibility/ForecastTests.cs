using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

public class ForecastTests
{
    private static readonly LocalDate Today = new(2025, 5, 23);

    /// <summary>300 for 300, everyone verified, a first stage of 100 each held and closed today.</summary>
    private static World OneStageHeld()
    {
        var world = World.WithExchange("300 for 300");
        var a = world.ListVerified(Side.A, 300);
        var b = world.ListVerified(Side.B, 300);
        world.RunStage("s1", a.Take(100).ToList(), b.Take(100).ToList(), Today);
        return world;
    }

    private static FeasibilityReport Analyse(World world, ForecastSettings? settings = null, ExchangeFormula? whatIf = null) =>
        FeasibilityAnalysis.Analyse(world.State, World.X, world.History, new FeasibilityQuestion(whatIf, settings));

    [Fact]
    public void with_a_stage_a_day_the_two_stages_still_needed_fall_on_the_next_two_days()
    {
        var forecast = Analyse(OneStageHeld(), new ForecastSettings(stagesPerWeek: 7)).Forecast;

        Assert.Equal(ForecastStatus.Made, forecast.Status);
        Assert.Equal(Today, forecast.AsOf);
        Assert.Equal(new DateRange(Today.PlusDays(2), Today.PlusDays(2), Today.PlusDays(2), 0), forecast.Exchange);
        Assert.Equal(new Spread(2, 2, 2), forecast.StagesToCome);
        Assert.Equal([2, 3], forecast.Stages.Select(s => s.Number));
        Assert.Equal(Today.PlusDays(1), forecast.Stages[0].Dates.P50);
        Assert.Contains(forecast.Rates, r => r.Name == "handover per stage" && r.Value == "100 a stage" && r.Source == RateSource.Observed);
        Assert.Contains(forecast.Rates, r => r.Name == "days between stages" && r.Source == RateSource.Override);
        Assert.Contains(forecast.Rates, r => r.Name.StartsWith("verification, side A", StringComparison.Ordinal) && r.Source == RateSource.NotNeeded);
    }

    [Fact]
    public void with_one_stage_held_the_days_between_stages_are_an_assumption_from_a_day_to_a_week()
    {
        var forecast = Analyse(OneStageHeld()).Forecast;

        var gap = Assert.Single(forecast.Rates, r => r.Name == "days between stages");
        Assert.Equal(RateSource.Assumed, gap.Source);
        Assert.Equal("1 to 7 days", gap.Value);
        Assert.Equal(Today.PlusDays(2), forecast.Exchange!.P10);
        Assert.True(forecast.Exchange.P50 > forecast.Exchange.P10 && forecast.Exchange.P90 > forecast.Exchange.P50, forecast.Exchange.ToString());
        Assert.True(forecast.Exchange.P90 <= Today.PlusDays(14), forecast.Exchange.ToString());
    }

    [Fact]
    public void the_same_question_gives_the_same_forecast_every_time()
    {
        var world = OneStageHeld();

        var first = Analyse(world, new ForecastSettings(runs: 2000, seed: 7));
        var second = Analyse(world, new ForecastSettings(runs: 2000, seed: 7));

        Assert.Equal(first.Forecast.Exchange, second.Forecast.Exchange);
        Assert.Equal(first.Forecast.Stages, second.Forecast.Stages);
    }

    [Fact]
    public void a_larger_stage_capacity_brings_the_date_closer()
    {
        var world = OneStageHeld();

        var observed = Analyse(world, new ForecastSettings(stagesPerWeek: 7)).Forecast;
        var larger = Analyse(world, new ForecastSettings(stageCapacity: 200, stagesPerWeek: 7)).Forecast;

        Assert.Equal(Today.PlusDays(1), larger.Exchange!.P50);
        Assert.True(larger.Exchange.P50 < observed.Exchange!.P50);
        Assert.Contains(larger.Rates, r => r.Name == "handover per stage" && r.Source == RateSource.Override && r.Value == "200 a stage");
    }

    [Fact]
    public void the_chance_of_fulfilment_by_a_date_is_the_share_of_runs_done_by_then()
    {
        var world = OneStageHeld();

        Assert.Equal(1.0, Analyse(world, new ForecastSettings(stagesPerWeek: 7, by: Today.PlusDays(2))).Forecast.ChanceBy);
        Assert.Equal(0.0, Analyse(world, new ForecastSettings(stagesPerWeek: 7, by: Today.PlusDays(1))).Forecast.ChanceBy);
    }

    [Fact]
    public void before_any_stage_is_held_there_is_no_forecast_and_the_missing_capacity_is_named()
    {
        var world = World.WithExchange("300 for 300");
        world.ListVerified(Side.A, 300);
        world.ListVerified(Side.B, 300);

        var forecast = Analyse(world).Forecast;

        Assert.Equal(ForecastStatus.Unavailable, forecast.Status);
        Assert.Null(forecast.Exchange);
        Assert.Equal(["no stage has been held yet, so how many a stage carries is unknown: give --stage-capacity N"], forecast.Missing);
    }

    [Fact]
    public void with_a_given_stage_capacity_an_exchange_with_no_stage_held_is_forecast()
    {
        var world = World.WithExchange("300 for 300");
        world.ListVerified(Side.A, 300);
        world.ListVerified(Side.B, 300);

        var forecast = Analyse(world, new ForecastSettings(stageCapacity: 150, stagesPerWeek: 7)).Forecast;

        Assert.Equal(ForecastStatus.Made, forecast.Status);
        Assert.Equal(Today.PlusDays(2), forecast.Exchange!.P50);
    }

    [Fact]
    public void an_exchange_where_nothing_dated_has_happened_has_no_forecast()
    {
        var world = World.WithExchange("300 for 300");
        world.List(Side.A, 300);
        world.List(Side.B, 300);

        var forecast = Analyse(world, new ForecastSettings(stageCapacity: 100)).Forecast;

        Assert.Equal(ForecastStatus.Unavailable, forecast.Status);
        Assert.Null(forecast.AsOf);
        Assert.Contains("nothing dated has happened", Assert.Single(forecast.Missing), StringComparison.Ordinal);
    }

    [Fact]
    public void people_still_to_be_verified_need_an_observed_or_given_pace()
    {
        var world = World.WithExchange("300 for 300");
        world.Move(Movement.Match, world.List(Side.A, 300));
        world.Move(Movement.Match, world.List(Side.B, 300));

        var forecast = Analyse(world, new ForecastSettings(stageCapacity: 100)).Forecast;

        Assert.Equal(ForecastStatus.Unavailable, forecast.Status);
        Assert.Equal(
            ["nobody held by side A (RU) has been interviewed yet, so the verifier's pace is unknown: give --verify-per-day N",
             "nobody held by side B (UA) has been interviewed yet, so the verifier's pace is unknown: give --verify-per-day N"],
            forecast.Missing);
    }

    [Fact]
    public void a_given_verification_pace_paces_the_stages()
    {
        var world = World.WithExchange("300 for 300");
        world.Move(Movement.Match, world.List(Side.A, 300));
        world.Move(Movement.Match, world.List(Side.B, 300));

        // 100 verified a day and stages of 300 a day: everyone is ready on the third day, and goes then.
        var forecast = Analyse(world, new ForecastSettings(stageCapacity: 300, stagesPerWeek: 7, verifiedPerDay: 100)).Forecast;

        Assert.Equal(Today.PlusDays(3), forecast.Exchange!.P50);
        Assert.Contains(forecast.Rates, r => r.Name == "declines, side A (RU)" && r.Value == "none assumed");
    }

    [Fact]
    public void a_formula_the_lists_cannot_carry_gets_no_forecast()
    {
        var forecast = Analyse(OneStageHeld(), whatIf: ExchangeFormula.Parse("400 for 400")).Forecast;

        Assert.Equal(ForecastStatus.Unavailable, forecast.Status);
        Assert.Contains("cannot be fulfilled from what is on the lists", Assert.Single(forecast.Missing), StringComparison.Ordinal);
    }

    [Fact]
    public void a_fulfilled_exchange_is_reported_fulfilled_on_its_day_without_a_simulation()
    {
        var world = World.WithExchange("100 for 100");
        world.RunStage("s1", world.ListVerified(Side.A, 100), world.ListVerified(Side.B, 100), Today);

        var forecast = Analyse(world).Forecast;

        Assert.Equal(ForecastStatus.Fulfilled, forecast.Status);
        Assert.Equal(Today, forecast.FulfilledOn);
    }

    [Fact]
    public void an_unknown_exchange_is_refused_with_the_exchanges_there_are()
    {
        var world = OneStageHeld();

        var e = Assert.Throws<UnknownExchangeException>(() => FeasibilityAnalysis.Analyse(world.State, "nope", world.History, new FeasibilityQuestion()));

        Assert.Equal("no exchange 'nope' in this record; it holds x1", e.Message);
        Assert.Equal("nope", e.Exchange);
    }
}
