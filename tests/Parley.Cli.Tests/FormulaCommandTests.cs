using System.Text.Json;

namespace Parley.Cli.Tests;

public class FormulaCommandTests
{
    [Fact]
    public async Task formula_explains_a_well_formed_formula_and_exits_0()
    {
        var result = await ParleyCli.Run("formula", "1000 for 1000");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("1000 for 1000", result.Output, StringComparison.Ordinal);
        Assert.Contains("side A releases exactly 1000 people", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task formula_with_json_prints_the_canonical_text_and_every_term()
    {
        var result = await ParleyCli.Run("formula", "all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1,000 in total", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total", root.GetProperty("canonical").GetString());
        Assert.Equal(1000, root.GetProperty("totalFloorEachSide").GetInt32());
        var terms = root.GetProperty("terms").EnumerateArray().ToList();
        Assert.Equal(2, terms.Count);
        Assert.Equal("all", terms[0].GetProperty("sideA").GetProperty("kind").GetString());
        Assert.Equal(["severely-wounded", "seriously-ill"], terms[0].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["under-25"], terms[1].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task formula_with_json_gives_counts_and_kinds_of_a_simple_formula()
    {
        var result = await ParleyCli.Run("formula", "1000 for 1000", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var term = json.RootElement.GetProperty("terms")[0];
        Assert.Equal("exactly", term.GetProperty("sideA").GetProperty("kind").GetString());
        Assert.Equal(1000, term.GetProperty("sideA").GetProperty("count").GetInt32());
        Assert.Equal(1000, term.GetProperty("sideB").GetProperty("count").GetInt32());
        Assert.True(term.GetProperty("balanced").GetBoolean());
    }

    [Theory]
    [InlineData("1000 for", "column 9: expected a number, \"at least\" or \"all\", found end of input")]
    [InlineData("1000 fr 1000", "column 6: expected \"for\", found 'fr'")]
    public async Task a_malformed_formula_exits_2_with_the_column_what_was_expected_and_what_was_found(string formula, string message)
    {
        var result = await ParleyCli.Run("formula", formula);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(message, result.Error.TrimEnd());
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task a_malformed_formula_with_json_still_exits_2_with_the_message()
    {
        var result = await ParleyCli.Run("formula", "1000 for", "--json");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("column 9: expected ", result.Error, StringComparison.Ordinal);
    }
}
