using System.Text.Json;

namespace Parley.Cli.Tests;

/// <summary>The 2025 Istanbul demo, written once for the feasibility tests (it takes a while).</summary>
public sealed class DemoDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public DemoDatabase()
    {
        Path = _folder.File("parley.db");
        var demo = ParleyCli.Run("demo", "--db", Path).GetAwaiter().GetResult();
        Assert.True(demo.ExitCode == 0, demo.ToString());
    }

    public string Path { get; }

    public void Dispose() => _folder.Dispose();
}

public class FeasibilityCommandTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private async Task<JsonElement> Json(params string[] args)
    {
        var result = await ParleyCli.Run(["feasibility", .. args, "--db", demo.Path, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task may_2025_is_feasible_and_reported_fulfilled_on_the_day_of_its_third_stage()
    {
        var may = await Json("may-2025");

        Assert.True(may.GetProperty("feasible").GetBoolean());
        Assert.Equal("fulfilled", may.GetProperty("forecast").GetProperty("status").GetString());
        Assert.Equal("2025-05-25", may.GetProperty("forecast").GetProperty("fulfilledOn").GetString());
    }

    [Fact]
    public async Task july_2025_at_least_1200_for_at_least_1200_is_feasible_on_the_offer_lists_with_side_a_binding_and_not_yet_from_the_verified()
    {
        var july = await Json("july-2025");

        Assert.True(july.GetProperty("feasible").GetBoolean());
        Assert.Equal("side A (RU) has 1,245 people on its offer list under term 1 (at least 1200 for at least 1200), 45 more than the 1,200 it must release",
            july.GetProperty("binding").GetString());
        Assert.False(july.GetProperty("readyNow").GetBoolean());
        var verified = july.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("readiness").GetString() == "verified");
        Assert.StartsWith("side A (RU) has 595 verified people under term 1 (at least 1200 for at least 1200), 605 short of the 1,200 it must release",
            verified.GetProperty("binding").GetString(), StringComparison.Ordinal);
        var a = july.GetProperty("terms")[0].GetProperty("a").GetProperty("counts");
        Assert.Equal((650, 595, 5), (a.GetProperty("matched").GetInt32(), a.GetProperty("verified").GetInt32(), a.GetProperty("declined").GetInt32()));
    }

    [Fact]
    public async Task a_what_if_of_1300_for_1300_on_the_july_lists_is_refused_with_side_a_55_short()
    {
        var whatIf = await Json("--formula", "1300 for 1300", "--exchange", "july-2025");

        Assert.True(whatIf.GetProperty("whatIf").GetBoolean());
        Assert.False(whatIf.GetProperty("feasible").GetBoolean());
        Assert.StartsWith("side A (RU) has 1,245 people on its offer list under term 1 (1300 for 1300), 55 short of the 1,300 it must release",
            whatIf.GetProperty("binding").GetString(), StringComparison.Ordinal);
        Assert.Equal("unavailable", whatIf.GetProperty("forecast").GetProperty("status").GetString());
    }

    [Fact]
    public async Task the_largest_n_for_n_on_the_july_lists_is_what_side_a_holds_and_the_verified_carry_less()
    {
        var july = await Json("july-2025", "--largest", "N for N");

        var largest = july.GetProperty("largest");
        Assert.Equal(1245, largest.GetProperty("onLists").GetInt32());
        Assert.Equal(595, largest.GetProperty("readyNow").GetInt32());
        Assert.StartsWith("at N = 1,246 (1246 for 1246): side A (RU)", largest.GetProperty("limit").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_what_if_of_1300_for_1300_on_round_r3_is_refused_with_side_a_55_short_as_on_the_july_lists()
    {
        var round = await Json("--formula", "1300 for 1300", "--round", "r3");

        Assert.Equal("r3", round.GetProperty("round").GetString());
        Assert.Equal(["july-2025"], round.GetProperty("exchanges").EnumerateArray().Select(x => x.GetString()));
        Assert.False(round.TryGetProperty("exchange", out _), "a round's report names no single exchange");
        Assert.False(round.GetProperty("feasible").GetBoolean());
        Assert.StartsWith("side A (RU) has 1,245 people on its offer list under term 1 (1300 for 1300), 55 short of the 1,300 it must release",
            round.GetProperty("binding").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_what_if_on_round_r2_counts_the_lists_of_both_its_exchanges_added_up()
    {
        const string Formula = "700 for 700 of under-25; 300 for 300";
        var round = await Json("--formula", Formula, "--round", "r2");
        var bodies = await Json("--formula", Formula, "--exchange", "bodies-2025");
        var june = await Json("--formula", Formula, "--exchange", "june-2025");

        Assert.Equal(["bodies-2025", "june-2025"], round.GetProperty("exchanges").EnumerateArray().Select(x => x.GetString()));
        for (var term = 0; term < 2; term++)
        {
            foreach (var side in new[] { "a", "b" })
            {
                int Count(JsonElement report, string status) => report.GetProperty("terms")[term].GetProperty(side).GetProperty("counts").GetProperty(status).GetInt32();
                foreach (var status in new[] { "requested", "outstanding", "offered", "matched", "verified", "scheduled", "released", "declined", "left" })
                {
                    Assert.Equal(Count(bodies, status) + Count(june, status), Count(round, status));
                }
            }
        }
        Assert.Equal(bodies.GetProperty("underNoTermA").GetInt32() + june.GetProperty("underNoTermA").GetInt32(), round.GetProperty("underNoTermA").GetInt32());
    }

    [Fact]
    public async Task the_largest_n_for_n_on_round_r1_is_reported_with_that_formula_as_the_what_if()
    {
        var round = await Json("--largest", "N for N", "--round", "r1");

        Assert.Equal(1003, round.GetProperty("largest").GetProperty("onLists").GetInt32());
        Assert.Equal("1003 for 1003", round.GetProperty("formula").GetString());
        Assert.True(round.GetProperty("feasible").GetBoolean());
    }

    [Fact]
    public async Task a_round_what_if_in_tables_names_the_round_and_its_exchanges()
    {
        var result = await ParleyCli.Run("feasibility", "--round", "r2", "--formula", "1300 for 1300", "--db", demo.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("round r2 (bodies-2025, june-2025): what if 1300 for 1300", result.Output, StringComparison.Ordinal);
        Assert.Contains("the lists of the round's 2 exchanges (bodies-2025, june-2025) are attributed to this formula's terms", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_override_gives_a_forecast_with_its_assumption_printed_beside_each_rate()
    {
        var result = await ParleyCli.Run("feasibility", "july-2025", "--stage-capacity", "400", "--stages-per-week", "2", "--by", "2025-12-31", "--db", demo.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var text in new[] { "can be fulfilled", "binding constraint: side A (RU) has 1,245", "P10", "P50", "P90", "given: every stage to come carries up to 400 from each side", "given: 2 stages a week", "observed:", "chance of fulfilment by 2025-12-31" })
        {
            Assert.Contains(text, result.Output, StringComparison.Ordinal);
        }
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task the_same_question_gives_the_same_json_every_time()
    {
        var first = await ParleyCli.Run("feasibility", "june-2025", "--runs", "500", "--db", demo.Path, "--json");
        var second = await ParleyCli.Run("feasibility", "june-2025", "--runs", "500", "--db", demo.Path, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData("no exchange 'nope' in this record; it holds", "nope")]
    [InlineData("which exchange?")]
    [InlineData("two exchanges given", "may-2025", "--exchange", "july-2025")]
    [InlineData("--formula: column 6: expected \"for\", found 'fro'", "july-2025", "--formula", "1300 fro 1300")]
    [InlineData("--largest: column 1: expected N in place of the number to find", "july-2025", "--largest", "1300 for 1300")]
    [InlineData("--stage-capacity must be from 1 to 100,000 people a stage; it was -5", "july-2025", "--stage-capacity", "-5")]
    [InlineData("--stage-capacity must be from 1 to 100,000 people a stage; it was 5000000", "july-2025", "--stage-capacity", "5000000")]
    [InlineData("--stages-per-week must be from 0.02 (one a year) to 7 (one a day); it was 0", "july-2025", "--stages-per-week", "0")]
    [InlineData("--verify-per-day must be from 1 to 100,000 people a day; it was 0", "july-2025", "--verify-per-day", "0")]
    [InlineData("--by must be a date written YYYY-MM-DD", "july-2025", "--by", "31/12/2025")]
    [InlineData("--by 2025-07-01 is before 2025-08-06, the last day exchange 'july-2025' records; ask about a later date", "july-2025", "--by", "2025-07-01")]
    [InlineData("no round 'r9' in this record; it holds r1, r2, r3", "--round", "r9", "--formula", "1300 for 1300")]
    [InlineData("round 'r1' has no agreed formula of its own: ask it one with --formula TEXT or --largest TEMPLATE", "--round", "r1")]
    [InlineData("an exchange ('may-2025') and a round (--round 'r1') given; give one", "may-2025", "--round", "r1", "--formula", "1300 for 1300")]
    [InlineData("--formula: column 6: expected \"for\", found 'fro'", "--round", "r1", "--formula", "1300 fro 1300")]
    [InlineData("--by 2025-05-01 is before 2025-05-25, the last day round 'r1' (its exchanges) records", "--round", "r1", "--formula", "1300 for 1300", "--by", "2025-05-01")]
    public async Task bad_input_gets_a_clear_error_naming_what_is_wrong(string message, params string[] args)
    {
        var result = await ParleyCli.Run(["feasibility", .. args, "--db", demo.Path]);

        ParleyCli.AssertCleanFailure(result);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task a_database_that_does_not_exist_is_named_and_not_created()
    {
        using var folder = new TempFolder();

        var result = await ParleyCli.Run("feasibility", "may-2025", "--db", folder.File("none.db"));

        ParleyCli.AssertCleanFailure(result);
        Assert.False(File.Exists(folder.File("none.db")));
    }

    [Fact]
    public async Task an_exchange_with_no_data_yet_gets_no_forecast_and_says_what_is_missing()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", CommandLines.Setup("1000 for 1000")), "--db", db)).ExitCode);

        var result = await ParleyCli.Run("feasibility", "x1", "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("cannot be fulfilled", result.Output, StringComparison.Ordinal);
        Assert.Contains("side A (RU) has 0 people on its offer list under term 1 (1000 for 1000), 1,000 short of the 1,000 it must release", result.Output, StringComparison.Ordinal);
        Assert.Contains("no forecast", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("P50", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_round_with_no_exchange_gets_a_clear_error_and_the_record_is_left_as_it_was()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", CommandLines.Setup("1000 for 1000")), "--db", db)).ExitCode);
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("round.jsonl",
            ["""{"command":"schedule-round","id":"r2","number":2,"venue":"Çırağan Palace","city":"Istanbul","zone":"Europe/Istanbul","scheduledStart":"2025-06-02T14:35"}"""]), "--db", db)).ExitCode);
        var before = await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken);

        var result = await ParleyCli.Run("feasibility", "--round", "r2", "--formula", "1300 for 1300", "--db", db);

        ParleyCli.AssertCleanFailure(result);
        Assert.Equal("parley: round 'r2' has no exchange yet (no agreement), so there are no lists to count; open one with open-exchange, or ask an exchange", result.Error.Trim());
        Assert.Equal("", result.Output);
        Assert.Equal(before, await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task after_the_may_lists_are_erased_a_what_if_naming_categories_is_refused_in_one_line_and_one_without_categories_is_answered()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("demo", "--db", db)).ExitCode);
        var erased = await ParleyCli.Run("erase", "--db", db, "--exchange", "may-2025");
        Assert.True(erased.ExitCode == 0, erased.ToString());
        var before = await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken);

        var refused = await ParleyCli.Run("feasibility", "--formula", "all for all of under-25; 1000 for 1000", "--exchange", "may-2025", "--db", db);
        var answered = await ParleyCli.Run("feasibility", "--formula", "1002 for 1002", "--exchange", "may-2025", "--db", db);

        ParleyCli.AssertCleanFailure(refused);
        Assert.Matches(
            "^parley: the lists of exchange 'may-2025' were erased on \\d{4}-\\d\\d-\\d\\d, so no one's categories are known: \"all for all of under-25; 1000 for 1000\" names categories and cannot be answered from them; ask a formula without categories, which counts everyone under its one term$",
            refused.Error.Trim());
        Assert.Equal("", refused.Output);
        Assert.True(answered.ExitCode == 0, answered.ToString());
        Assert.Contains("can be fulfilled from the offer lists now", answered.Output, StringComparison.Ordinal);
        Assert.Contains("the exchange is fulfilled by 2025-05-26", answered.Output, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task formula_warns_about_a_floor_above_exact_terms_and_with_a_database_about_categories_on_no_list()
    {
        var alone = await ParleyCli.Run("formula", "1000 for 1000 of a; at least 5000 in total");
        var listed = await ParleyCli.Run("formula", "all for all of severely-wounded, journalists; 30 for 30 of astronauts", "--db", demo.Path, "--json");

        Assert.True(alone.ExitCode == 0, alone.ToString());
        Assert.Contains("warning: side A can release at most 1,000 in total", alone.Output, StringComparison.Ordinal);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        using var json = JsonDocument.Parse(listed.Output);
        Assert.Equal(
            ["term 1 (all for all of severely-wounded, journalists): no list in this record names 'journalists'",
             "term 2 (30 for 30 of astronauts): no list in this record names 'astronauts', so no one falls under it and it can never be met"],
            json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()));
    }
}
