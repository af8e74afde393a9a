using System.Net;
using Microsoft.Playwright;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Events;
using Parley.Core.Families;
using Parley.Core.State;
using Parley.Core.Wire;
using Parley.Demo;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.Families;

/// <summary>
/// Issue 13's bar in Debian's chromium: the May 2025 exchange of the demo is driven through the API, command by command,
/// while a family member with a receipt watches one person move from requested to received home, with JavaScript off
/// (asking again) and on (the page follows its private event stream); then the receipt is revoked and the revoked code
/// gets the same page as a wrong one; and every response of the family pages is scanned for the demo roster's names and
/// ids, which must never appear.
/// </summary>
public sealed class FamilyBrowserTests : IAsyncLifetime
{
    private const string May = IstanbulDemo.May;

    private DebianChromium? _chromium;

    public async ValueTask InitializeAsync() => _chromium = await DebianChromium.LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    /// <summary>The demo's commands up to the end of the May exchange (the June exchange opens next).</summary>
    private static List<IssuedCommand> MayCommands()
    {
        var all = IstanbulDemo.Commands();
        var june = all.ToList().FindIndex(c => c.Command is OpenExchange { Id: IstanbulDemo.June });
        return [.. all.Take(june)];
    }

    /// <summary>
    /// Decides the commands in memory (the domain is pure) to choose a person Ukraine asked for who goes the whole way home,
    /// and to know the family status after each command; also returns the final state, whose roster gives the markers.
    /// </summary>
    private static (string Request, FamilyStatus?[] After, ParleyState Final) Plan(List<IssuedCommand> commands)
    {
        var state = ParleyState.Empty;
        var timelines = FamilyTimelines.Empty;
        var perCommand = new List<List<DomainEvent>>();
        var sequence = 0L;
        var now = SystemClock.Instance.GetCurrentInstant();
        foreach (var issued in commands)
        {
            var decision = Decider.Decide(state, issued.Command, issued.Actor, now);
            state = decision.State;
            perCommand.Add([.. decision.Events]);
            foreach (var e in decision.Events)
            {
                timelines = timelines.Apply(e, ++sequence, now);
            }
        }
        var whole = new[] { FamilyStatus.Requested, FamilyStatus.Offered, FamilyStatus.Matched, FamilyStatus.Verified, FamilyStatus.Scheduled, FamilyStatus.Released, FamilyStatus.Received };
        var request = state.Exchanges[May].Requests.Keys.Where(id => id.StartsWith($"{May}-UA-", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .First(id => timelines.History(new FamilyKey(May, "", id)).Select(s => s.Status).SequenceEqual(whole));
        // The status after each command, replayed for the chosen request only.
        var after = new FamilyStatus?[commands.Count];
        var replay = FamilyTimelines.Empty;
        sequence = 0;
        for (var i = 0; i < commands.Count; i++)
        {
            foreach (var e in perCommand[i])
            {
                replay = replay.Apply(e, ++sequence, now);
            }
            var history = replay.History(new FamilyKey(May, "", request));
            after[i] = history.Count > 0 ? history[^1].Status : null;
        }
        return (request, after, state);
    }

    private static string TokenOf(RunningServer server, Actor actor) => actor.Role switch
    {
        ActorRole.Party => server.Tokens[actor.Party == "RU" ? "partyA" : "partyB"],
        ActorRole.Verifier => server.Tokens["verifier"],
        ActorRole.Press => server.Tokens["press"],
        _ => server.Tokens["mediator"],
    };

    private static async Task PostAsync(HttpClient client, RunningServer server, IssuedCommand issued)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands")
        {
            Content = new StringContent(CommandJson.Write(issued.Command), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TokenOf(server, issued.Actor));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{issued.Command.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    [Fact]
    public async Task a_family_sees_one_person_go_from_requested_to_received_home_with_javascript_off_and_on_and_nothing_of_anyone_else()
    {
        var commands = MayCommands();
        var (request, after, final) = Plan(commands);
        await using var server = await RunningServer.StartAsync(demo: false, o => o with
        {
            WritesPerMinute = 1_000_000,
            FamilyAttemptsPerMinute = 10_000,
            FamilyAttemptBurst = 10_000,
        });
        using var api = server.Client();
        var bodies = new List<(string Url, string Body)>();

        // Up to the command that puts the person on Ukraine's request list.
        var listed = Array.FindIndex(after, s => s is not null);
        for (var i = 0; i <= listed; i++)
        {
            await PostAsync(api, server, commands[i]);
        }
        string code;
        using (var ukraine = server.Client("partyB"))
        {
            using var issued = await ukraine.PostAsync($"/api/exchanges/{May}/receipts/{request}", null, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
            code = (await issued.Json()).GetProperty("code").GetString()!;
        }

        await using var off = await _chromium!.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        await using var on = await _chromium.Browser.NewContextAsync();
        var plain = await off.NewPageAsync();
        var live = await on.NewPageAsync();
        foreach (var page in new[] { plain, live })
        {
            page.Response += async (_, response) =>
            {
                if (response.Url.Contains("/family", StringComparison.Ordinal) && !response.Url.Contains("/family/events/", StringComparison.Ordinal))
                {
                    try
                    {
                        bodies.Add((response.Url, await response.TextAsync()));
                    }
                    catch (PlaywrightException)
                    {
                        // A page navigated away before its body was read; the next response is read instead.
                    }
                }
            };
        }
        await plain.GotoAsync(new Uri(server.Address, "/family?lang=en").ToString());
        await plain.FillAsync("#family-code", code);
        await plain.ClickAsync("#family-form button");
        await live.GotoAsync(new Uri(server.Address, "/family?lang=en#" + code).ToString());
        await live.WaitForSelectorAsync("#family-status[data-following='true']", new() { Timeout = 10_000 });
        Assert.DoesNotContain(code, live.Url, StringComparison.Ordinal);

        var seen = new List<string>();
        async Task Expect(FamilyStatus status)
        {
            var word = status.ToWord();
            await live.WaitForSelectorAsync($"#family-status[data-status='{word}']", new() { Timeout = 15_000 });
            if (plain.Url.Contains("/family", StringComparison.Ordinal) && await plain.Locator("form.family-again button").CountAsync() > 0)
            {
                await plain.ClickAsync("form.family-again button");
            }
            Assert.Equal(word, await plain.GetAttributeAsync("#family-status", "data-status"));
            seen.Add(word);
        }
        await Expect(FamilyStatus.Requested);
        for (var i = listed + 1; i < commands.Count; i++)
        {
            await PostAsync(api, server, commands[i]);
            if (after[i] != after[i - 1])
            {
                await Expect(after[i]!.Value);
            }
        }
        Assert.Equal(["requested", "offered", "matched", "verified", "scheduled", "released", "received"], seen);
        await live.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder("screenshots"), "family-received.png"), FullPage = true });
        Assert.Equal(7, await live.Locator("#family-history li").CountAsync());
        bodies.Add(("live page, as it ends", await live.ContentAsync()));

        // The private feed and the whole event stream, read as a feed reader would.
        var capability = ReceiptCode.Parse(code).FeedCapability;
        bodies.Add(("feed", await api.Text($"/family/feed/{capability}.atom?lang=en")));
        bodies.Add(("events", await ReadEventsAsync(server, capability)));

        // Revoked: the same page as a code nobody issued.
        using (var ukraine = server.Client("partyB"))
        {
            using var revoked = await ukraine.DeleteAsync($"/api/exchanges/{May}/receipts/{request}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }
        var afterRevoke = await Answer(plain, server, code);
        var wrong = await Answer(plain, server, ReceiptCode.FromEntropy(new byte[ReceiptCode.EntropyBytes]).Grouped);
        Assert.Equal(wrong, afterRevoke);
        Assert.Equal(200, afterRevoke.Status);
        Assert.Equal(0, await plain.Locator("#family-status").CountAsync());

        // Nothing of anyone: no name on either list and no id of the exchange, in any response of the family pages.
        var exchange = final.Exchanges[May];
        var markers = exchange.Requests.Values.SelectMany(r => (r.Details?.Names ?? []).Select(n => n.Text).Append(r.Id))
            .Concat(exchange.Persons.Values.SelectMany(p => (p.Details?.Names ?? []).Select(n => n.Text).Append(p.Id)))
            .Append(May).Distinct().ToList();
        Assert.True(markers.Count > 4000, $"{markers.Count} markers");
        Assert.True(bodies.Count >= 10, $"{bodies.Count} responses scanned");
        foreach (var (url, body) in bodies)
        {
            var found = markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal));
            Assert.True(found is null, $"{url} shows '{found}'");
        }
    }

    /// <summary>What a code gets with JavaScript off: the status and the main part of the page.</summary>
    private static async Task<(int Status, string Main)> Answer(IPage page, RunningServer server, string code)
    {
        await page.GotoAsync(new Uri(server.Address, "/family?lang=en").ToString());
        await page.FillAsync("#family-code", code);
        var response = await FormSubmission.SubmitAsync(page, () => page.ClickAsync("#family-form button"), r => r.Request.Method == "POST");
        return (response.Status, await page.Locator("main").InnerHTMLAsync());
    }

    /// <summary>The event stream from the start, until it has sent the person home.</summary>
    private static async Task<string> ReadEventsAsync(RunningServer server, string capability)
    {
        using var client = server.Client();
        using var response = await client.GetAsync($"/family/events/{capability}?lang=en", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var text = new System.Text.StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            text.AppendLine(line);
            if (line.Contains("\"received\"", StringComparison.Ordinal))
            {
                break;
            }
        }
        return text.ToString();
    }
}
