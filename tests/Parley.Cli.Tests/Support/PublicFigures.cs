using System.Text.Json;

namespace Parley.Cli.Tests.Support;

/// <summary>The "exchanges" of `parley status --json` and `parley verify --json`, for comparing the two.</summary>
public static class PublicFigures
{
    /// <summary>The JSON a command printed on standard output.</summary>
    public static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..]);
        return document.RootElement.Clone();
    }

    /// <summary>Every exchange's figures, by id, as canonical JSON text.</summary>
    public static IReadOnlyList<string> Exchanges(JsonElement root) =>
        [.. root.GetProperty("exchanges").EnumerateArray()
            .OrderBy(x => x.GetProperty("id").GetString(), StringComparer.Ordinal)
            .Select(x => x.GetRawText())];
}
