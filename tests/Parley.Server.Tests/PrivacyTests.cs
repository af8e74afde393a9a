using System.Text.RegularExpressions;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// No personal data in any public response: every page, stream, feed, public API read and the OpenAPI document is searched
/// for every roster name and date of birth of the demo.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed partial class PrivacyTests(DemoServer demo)
{
    [Fact]
    public async Task no_public_response_holds_a_roster_name_or_date_of_birth()
    {
        var responses = await PublicResponses();
        var people = demo.Server.Store.State.Exchanges.Values.SelectMany(x => x.Persons.Values).ToList();
        Assert.True(people.Count > 5000, "the demo should have its rosters");
        var names = people.SelectMany(p => p.Details!.Names.Select(n => n.Text)).Distinct().ToList();
        var births = people.Where(p => p.Details!.DateOfBirth is not null)
            .SelectMany(p => new[] { p.Details!.DateOfBirth!.Value.ToString("uuuu-MM-dd", null), p.Details!.DateOfBirth!.Value.ToString("dd.MM.uuuu", null) })
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(births);

        var leaks = new List<string>();
        foreach (var (what, raw) in responses)
        {
            var text = Decode(raw);
            var words = Words().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var name in names)
            {
                // Cheap filter first (every word of the name occurs), then the exact check.
                if (Words().Matches(name).All(w => words.Contains(w.Value)) && text.Contains(name, StringComparison.Ordinal))
                {
                    leaks.Add($"{what}: the name '{name}'");
                }
            }
            foreach (Match date in Dates().Matches(text))
            {
                if (births.Contains(date.Value))
                {
                    leaks.Add($"{what}: the date of birth {date.Value}");
                }
            }
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(20)));
        Assert.True(responses.Count > 40, $"searched {responses.Count} responses");
    }

    private async Task<List<(string What, string Text)>> PublicResponses()
    {
        using var client = demo.Server.Client();
        var paths = new List<string> { "/", "/live", "/openapi/v1.json", "/scalar/v1", "/healthz", "/api/rounds", "/api/exchanges", "/log/checkpoint", "/log/tile/entries/000", "/log/tile/entries/001", "/log/tile/entries/010" };
        foreach (var round in new[] { "r1", "r2", "r3" })
        {
            paths.Add($"/api/rounds/{round}/feasibility?formula=1300%20for%201300");
        }
        foreach (var page in demo.Server.Hub.Pages())
        {
            paths.Add($"/api/exchanges/{page.Live}");
            paths.Add($"/api/exchanges/{page.Live}/feasibility");
            foreach (var language in new[] { "en", "uk", "ru", "tr" })
            {
                paths.Add($"/live/{page.Live}?lang={language}");
                paths.Add($"/live/{page.Live}/feed.atom?lang={language}");
                paths.Add($"/live/{page.Live}/feed.json?lang={language}");
            }
        }
        var responses = new List<(string, string)>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            responses.Add((path, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        }
        foreach (var page in demo.Server.Hub.Pages())
        {
            await using var stream = await EventStreamReader.OpenAsync(client, $"/live/{page.Live}/events", lastEventId: 0);
            var messages = await stream.UntilQuietAsync(TimeSpan.FromSeconds(5));
            responses.Add(($"/live/{page.Live}/events", string.Join("\n", messages.Select(m => m.Data))));
        }
        return responses;
    }

    /// <summary>Undoes the escapes a response may use (JSON \uXXXX, HTML entities), so an escaped name is still found.</summary>
    private static string Decode(string text) =>
        System.Net.WebUtility.HtmlDecode(Unicode().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}")]
    private static partial Regex Dates();

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex Unicode();
}
