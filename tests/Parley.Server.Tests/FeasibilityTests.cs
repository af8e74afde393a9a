using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Core.Feasibility;
using Parley.Core.Wire;
using Parley.Server.Feasibility;
using Parley.Server.Tests.Support;
using Parley.Store.Serialization;

namespace Parley.Server.Tests;

/// <summary>An exchange's feasibility in public: the API, the live page's section and chart, the JSON feed's <c>_parley</c>.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class FeasibilityTests(DemoServer demo)
{
    [Fact]
    public async Task the_api_reports_july_feasible_from_the_offer_lists_with_side_a_binding_and_what_is_ready_against_what_is_needed()
    {
        using var response = await demo.Server.Client().GetAsync("/api/exchanges/july-2025/feasibility", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var july = await response.Json();
        Assert.True(july.GetProperty("feasible").GetBoolean());
        Assert.StartsWith("side A (RU) has 1,245 people on its offer list", july.GetProperty("binding").GetString(), StringComparison.Ordinal);
        Assert.Equal((595, 635), (july.GetProperty("readyToGoA").GetInt32(), july.GetProperty("readyToGoB").GetInt32()));
        Assert.Equal((1200, 1200), (july.GetProperty("stillNeededA").GetInt32(), july.GetProperty("stillNeededB").GetInt32()));
        Assert.Equal("unavailable", july.GetProperty("forecast").GetProperty("status").GetString());
        Assert.NotEmpty(july.GetProperty("progress").EnumerateArray());
    }

    [Fact]
    public async Task an_exchanges_report_is_made_again_for_its_own_events_and_not_for_a_press_entry()
    {
        await using var server = await RunningServer.StartAsync(demo: true);
        var reports = server.App.Services.GetRequiredService<FeasibilityReports>();
        var first = reports.Of("july-2025")!;

        await server.Client("press").PostEntry("july-2025", "Buses have left for the border.");
        Assert.Same(first, reports.Of("july-2025"));

        using (var listed = await server.Client("mediator").PostJson("/api/commands",
            """{"command":"list-persons","exchange":"july-2025","side":"A","persons":[{"person":"t-feasibility-1","names":["Synthetic Person One"],"dob":"1990-01-01","categories":["military"]}]}"""))
        {
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        }
        var second = reports.Of("july-2025")!;
        Assert.NotSame(first, second);
        Assert.Equal(first.Terms.Sum(t => t.A.Counts.Offered) + 1, second.Terms.Sum(t => t.A.Counts.Offered));
    }

    [Fact]
    public async Task the_report_kept_up_event_by_event_is_the_report_analysed_from_the_whole_log()
    {
        await using var server = await RunningServer.StartAsync(demo: true);
        var reports = server.App.Services.GetRequiredService<FeasibilityReports>();
        reports.Of("july-2025");
        using (var listed = await server.Client("mediator").PostJson("/api/commands",
            """{"command":"list-persons","exchange":"july-2025","side":"B","persons":[{"person":"t-feasibility-2","names":["Synthetic Person Two"],"dob":"1991-02-02","categories":["civilian"]}]}"""))
        {
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        }

        var kept = reports.Of("july-2025")!;
        var state = server.Store.State;
        var wholeLog = server.Store.Log.Read().Where(e => e.Sequence <= state.Version).Select(e => e.DecodePublic()).ToList();
        var analysed = FeasibilityAnalysis.Analyse(state, "july-2025", wholeLog, new FeasibilityQuestion());

        Assert.Equal(JsonSerializer.Serialize(analysed, ParleyJson.Options), JsonSerializer.Serialize(kept, ParleyJson.Options));
        Assert.Equal(analysed.Progress[^1].B.Offered, kept.Progress[^1].B.Offered);
    }

    [Fact]
    public async Task an_unknown_exchange_is_404_with_a_problem_naming_it()
    {
        using var response = await demo.Server.Client().GetAsync("/api/exchanges/nope/feasibility", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("'nope'", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_round_api_answers_a_what_if_on_all_the_rounds_exchanges_as_the_command_line_does()
    {
        using var response = await demo.Server.Client().GetAsync("/api/rounds/r3/feasibility?formula=1300%20for%201300", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var round = await response.Json();
        Assert.Equal("r3", round.GetProperty("round").GetString());
        Assert.Equal(["july-2025"], round.GetProperty("exchanges").EnumerateArray().Select(x => x.GetString()));
        Assert.True(round.GetProperty("whatIf").GetBoolean());
        Assert.False(round.GetProperty("feasible").GetBoolean());
        Assert.StartsWith("side A (RU) has 1,245 people on its offer list under term 1 (1300 for 1300), 55 short of the 1,300 it must release",
            round.GetProperty("binding").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_round_api_adds_up_the_lists_of_a_rounds_two_exchanges()
    {
        using var bodies = await demo.Server.Client().GetAsync("/api/exchanges/bodies-2025/feasibility", TestContext.Current.CancellationToken);
        using var june = await demo.Server.Client().GetAsync("/api/exchanges/june-2025/feasibility", TestContext.Current.CancellationToken);
        using var r2 = await demo.Server.Client().GetAsync("/api/rounds/r2/feasibility?formula=100000%20for%20100000", TestContext.Current.CancellationToken);

        // Everyone falls under the one term of the what-if: the round's counts are both exchanges' counts over all their terms.
        static int Released(JsonElement report, string side) =>
            report.GetProperty("terms").EnumerateArray().Sum(t => t.GetProperty(side).GetProperty("counts").GetProperty("released").GetInt32());
        var (b, j, r) = (await bodies.Json(), await june.Json(), await r2.Json());
        Assert.Equal(["bodies-2025", "june-2025"], r.GetProperty("exchanges").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(Released(b, "a") + Released(j, "a"), Released(r, "a"));
        Assert.Equal(Released(b, "b") + Released(j, "b"), Released(r, "b"));
    }

    [Theory]
    [InlineData("/api/rounds/r9/feasibility?formula=1300%20for%201300", HttpStatusCode.NotFound, "no round 'r9' in this record; it holds r1, r2, r3")]
    [InlineData("/api/rounds/r3/feasibility", HttpStatusCode.BadRequest, "give the formula to ask")]
    [InlineData("/api/rounds/r3/feasibility?formula=1300%20fro%201300", HttpStatusCode.BadRequest, "column 6: expected \"for\", found 'fro'")]
    [InlineData("/api/rounds/r3/feasibility?formula=100%20for%20100%20of%20under-25", HttpStatusCode.BadRequest, "the formula names categories")]
    public async Task a_round_what_if_that_cannot_be_answered_in_public_gets_a_problem_saying_why(string path, HttpStatusCode status, string detail)
    {
        using var response = await demo.Server.Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        var problem = await response.Json();
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Ready to go (verified, not yet released)", "Fulfilled on 25 May 2025.")]
    [InlineData("uk", "Готові до передачі (перевірені, ще не звільнені)", "Виконано 25 травня 2025.")]
    public async Task the_live_page_of_an_exchange_shows_ready_against_needed_the_forecast_and_a_chart_of_progress_by_status(string language, string ready, string fulfilled)
    {
        var may = await demo.Server.Client().Text($"/live/may-2025?lang={language}");

        Assert.Contains("id=\"feasibility-section\"", may, StringComparison.Ordinal);
        Assert.Contains(ready, may, StringComparison.Ordinal);
        Assert.Contains(fulfilled, may.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("class=\"chart progress\"", may, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"line a released\"", may, StringComparison.Ordinal);
        // Fulfilled: no verdict on the lists and no binding constraint, only the day.
        Assert.DoesNotContain("class=\"verdict\"", may, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_live_page_of_an_exchange_under_way_says_whether_the_lists_can_carry_it_and_what_binds()
    {
        var july = await demo.Server.Client().Text("/live/july-2025?lang=en");

        Assert.Contains("The lists now hold enough people to fulfil the terms.", july, StringComparison.Ordinal);
        Assert.Contains("What binds (in English): side A (RU) has 1,245 people on its offer list", july, StringComparison.Ordinal);
        Assert.Contains("No forecast yet", july, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_round_page_has_no_feasibility_section()
    {
        var round = await demo.Server.Client().Text("/live/r1");

        Assert.DoesNotContain("feasibility-section", round, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_json_feed_of_an_exchange_carries_the_feasibility_in_its_parley_extension()
    {
        using var feed = JsonDocument.Parse(await demo.Server.Client().Text("/live/june-2025/feed.json"));
        using var api = await demo.Server.Client().GetAsync("/api/exchanges/june-2025/feasibility", TestContext.Current.CancellationToken);
        var report = await api.Json();

        // The feed says what the API says (how many are ready depends on the demo's reconciliation, not on the feed).
        var feasibility = feed.RootElement.GetProperty("_parley").GetProperty("feasibility");
        Assert.Equal("all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total", feasibility.GetProperty("terms").GetString());
        Assert.Equal(report.GetProperty("readyToGoA").GetInt32(), feasibility.GetProperty("readyToGo").GetProperty("RU").GetInt32());
        Assert.Equal(report.GetProperty("readyToGoB").GetInt32(), feasibility.GetProperty("readyToGo").GetProperty("UA").GetInt32());
        Assert.True(report.GetProperty("readyToGoA").GetInt32() > 0, "the demo's June exchange has people ready to go on side A");
        Assert.Equal("/api/exchanges/june-2025/feasibility", feasibility.GetProperty("details").GetString());
    }
}
