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
