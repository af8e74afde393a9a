using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

/// <summary>
/// A formula that needs the last people on the lists still gets a date, as in the May 2025 demo: everyone interviewed
/// on one day among idle ones, a few declined, a few not seen yet, one stage held.
/// </summary>
public class ForecastToTheLastListedTests
{
    private static Instant May(int day) => Instant.FromUtc(2025, 5, day, 7, 0);

    /// <summary>
    /// 100 for 100 held: per side 100 confirmed and <paramref name="declined"/> declined at one interview on 19 May,
    /// <paramref name="stillToVerify"/> matched and not seen yet; one stage of 100 each on 23 May (4 idle days after).
    /// </summary>
    private static World HeldWithSomeStillToVerify(int stillToVerify, int declined)
    {
        var world = World.WithExchange("100 for 100");
        foreach (var side in new[] { Side.A, Side.B })
        {
            var listed = world.List(side, 100 + declined + stillToVerify);
            world.Do(new MovePersons(World.X, Movement.Match, listed, At: May(18)));
            world.Do(new RecordInterview(World.X, [.. listed.Take(100)], InterviewOutcome.Confirmed, At: May(19)));
            if (declined > 0)
            {
                world.Do(new RecordInterview(World.X, [.. listed.Skip(100).Take(declined)], InterviewOutcome.Declined, At: May(19)));
            }
        }
        var a = world.Exchange.Persons.Values.Where(p => p.Side == Side.A && p.Status == PersonStatus.Verified).Select(p => p.Id).ToList();
        var b = world.Exchange.Persons.Values.Where(p => p.Side == Side.B && p.Status == PersonStatus.Verified).Select(p => p.Id).ToList();
        world.RunStage("s1", a, b, new LocalDate(2025, 5, 23));
        return world;
    }

    private static Forecast Ask(World world, int n) => FeasibilityAnalysis.Analyse(
        world.State, World.X, world.History, new FeasibilityQuestion(ExchangeFormula.Parse($"{n} for {n}"), new ForecastSettings(runs: 1000))).Forecast;

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 7)]
    [InlineData(5, 2)]
    [InlineData(10, 0)]
    public void every_n_the_lists_can_carry_up_to_the_last_listed_person_gets_a_finite_p90(int stillToVerify, int declined)
    {
        var world = HeldWithSomeStillToVerify(stillToVerify, declined);

        for (var n = 101; n <= 100 + stillToVerify; n++)
        {
            var forecast = Ask(world, n);

            Assert.Equal(ForecastStatus.Made, forecast.Status);
            // Runs that draw a high decline share may lose one of the last few to a decline: never, but rare.
            Assert.True(forecast.Exchange!.P90 is not null && forecast.Exchange.ShareNever < 0.05, $"{n} for {n}: {forecast.Exchange}");
        }
        Assert.Equal(ForecastStatus.Unavailable, Ask(world, 101 + stillToVerify).Status);
    }

    [Fact]
    public void a_run_that_resamples_only_idle_days_still_verifies_at_the_quietest_observed_pace()
    {
        // One busy day of 107 interviews in the 5 days from 19 to 23 May: a third of the resamples hold idle days only.
        var forecast = Ask(HeldWithSomeStillToVerify(stillToVerify: 3, declined: 7), 102);

        Assert.Equal(0, forecast.Exchange!.ShareNever);
        Assert.Contains(forecast.Rates, r => r.Name == "verification, side A (RU)" && r.Source == RateSource.Observed);
    }

    [Fact]
    public void a_few_still_to_verify_at_a_small_decline_share_are_counted_whole()
    {
        // 3 × (1 − 6.5 %) is 2.8 people, not 2: the formula needing all 3 finishes unless a run draws a share above 1 in 6.
        var forecast = Ask(HeldWithSomeStillToVerify(stillToVerify: 3, declined: 7), 103);

        Assert.NotNull(forecast.Exchange!.P90);
        Assert.True(forecast.Exchange.ShareNever < 0.01, forecast.Exchange.ToString());
    }
}
