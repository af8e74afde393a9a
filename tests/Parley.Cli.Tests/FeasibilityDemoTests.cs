using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Events;
using Parley.Core.Feasibility;
using Parley.Core.State;
using Parley.Demo;

namespace Parley.Cli.Tests;

public class FeasibilityDemoTests
{
    [Fact]
    public void mays_actual_stages_fall_inside_the_forecast_made_from_the_data_of_its_first_stage()
    {
        // The demo replayed up to the moment May's first stage (390 each side) closed, and no further.
        var state = ParleyState.Empty;
        var history = new List<DomainEvent>();
        foreach (var issued in IstanbulDemo.Commands())
        {
            var decision = Decider.Decide(state, issued.Command, issued.Actor, Instant.FromUtc(2026, 1, 1, 0, 0));
            state = decision.State;
            history.AddRange(decision.Events);
            if (issued.Command is CloseStage { Exchange: IstanbulDemo.May, Stage: "s1" })
            {
                break;
            }
        }

        var report = FeasibilityAnalysis.Analyse(state, IstanbulDemo.May, history, new FeasibilityQuestion());

        Assert.True(report.Feasible, report.Binding);
        var forecast = report.Forecast;
        // The figures, for the closing note and docs/feasibility.md's worked example.
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"as of {forecast.AsOf}: stages {string.Join("; ", forecast.Stages.Select(s => $"{s.Number}: {s.Dates}"))}; exchange {forecast.Exchange}");
        Assert.Equal(ForecastStatus.Made, forecast.Status);
        Assert.Equal(new LocalDate(2025, 5, 23), forecast.AsOf);
        Assert.True(forecast.StagesToCome!.Contains(2), forecast.StagesToCome.ToString());
        // The stages actually held on 24 and 25 May, and the exchange fulfilled on the 25th.
        Assert.True(forecast.Stages[0].Dates.Contains(new LocalDate(2025, 5, 24)), forecast.Stages[0].ToString());
        Assert.True(forecast.Stages[1].Dates.Contains(new LocalDate(2025, 5, 25)), forecast.Stages[1].ToString());
        Assert.True(forecast.Exchange!.Contains(new LocalDate(2025, 5, 25)), forecast.Exchange.ToString());
    }
}
