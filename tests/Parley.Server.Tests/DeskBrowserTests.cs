using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Matching.Records;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// Issue 14's scenario in a real browser (Debian's chromium, JavaScript off: the desk needs none): the mediator signs in,
/// uploads a request list (XLSX) and an offer list (CSV), runs reconciliation, accepts a candidate and rejects one, from
/// the keyboard; Ukraine's officer sees the candidate about its person and confirms; the verifier records a declined
/// consent. Every page visited goes through a scanner that fails if the page shows what its reader's role may not see.
/// Screenshots go to artifacts/desk-screenshots.
/// </summary>
public sealed class DeskBrowserTests : IAsyncLifetime
{
    private const string Exchange = "x-desk";
    private const string Why = "WHY-PRIVATE-same service number";
    private const string Note = "NOTE-PRIVATE-wishes to stay with family";

    private RunningServer? _server;
    private DebianChromium? _chromium;
    private int _shot;
    private readonly List<string> _visited = [];

    private RunningServer Server => _server!;

    public async ValueTask InitializeAsync()
    {
        _server = await RunningServer.StartAsync(demo: false);
        await DeskWorld.SetUpAsync(_server);
        await DeskWorld.OpenAsync(_server, Exchange);
        _chromium = await DebianChromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task the_issue_scenario_runs_from_sign_in_to_a_declined_consent_and_no_page_shows_what_its_reader_may_not_see()
    {
        var (requests, offers) = DeskWorld.Lists(Exchange);
        // Two review items: each two requests with one name and date of birth but two service numbers (two people),
        // against one offered namesake with no number — only a person can tell which request, if either, it is.
        ListRecord Record(string id, string surname, string given, string patronymic, string? number) =>
            new(id, surname, given, patronymic, null, new PartialDate(1985, 3, 12), number, null, null, null, null, null, 2);
        requests = [.. requests,
            Record($"{Exchange}-q-rival-1", "Ярошенко", "Остап", "Богданович", "АВ123456"), Record($"{Exchange}-q-rival-2", "Ярошенко", "Остап", "Богданович", "КМ987654"),
            Record($"{Exchange}-q-rival-3", "Гнатюк", "Лесь", "Тарасович", "АВ223344"), Record($"{Exchange}-q-rival-4", "Гнатюк", "Лесь", "Тарасович", "КМ556677")];
        offers = [.. offers,
            Record($"{Exchange}-o-rival-a", "Ярошенко", "Остап", "Богданович", null), Record($"{Exchange}-o-rival-b", "Гнатюк", "Лесь", "Тарасович", null)];
        (string Request, string Offer) accepted = ("", "");
        var names = requests.Concat(offers).SelectMany(r => new[] { r.Surname, r.FullName }).OfType<string>().Where(n => n.Length > 3).Distinct().ToList();

        // The mediator: sign in, upload both lists, reconcile, accept one candidate and reject another.
        var mediator = await SignInAsync("mediator");
        await VisitAsync(mediator, "mediator", $"/desk/exchanges/{Exchange}");
        await UploadAsync(mediator, "UA", "request", "ua-requests.xlsx", DeskWorld.Xlsx(requests));
        await UploadAsync(mediator, "RU", "offer", "ru-offers.csv", DeskWorld.Csv(offers));
        Assert.Equal(requests.Count, Server.Store.State.Exchanges[Exchange].Requests.Count);
        Assert.Equal(offers.Count, Server.Store.State.Exchanges[Exchange].Persons.Count);

        await SubmitAsync(mediator, () => mediator.ClickAsync("#reconcile"));
        // The running page refreshes itself every second (a meta refresh: JavaScript is off), so the test waits for the
        // finished state across those reloads instead of reloading too, which would race the page's own navigation.
        var finished = mediator.Locator("#job-state[data-state='done'], #job-state[data-state='failed']");
        await finished.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("done", await finished.GetAttributeAsync("data-state"));
        await ScanAsync(mediator, "mediator");
        await mediator.ClickAsync("#to-candidates");
        await ScanAsync(mediator, "mediator");
        Assert.True(await mediator.Locator("article.candidate").CountAsync() >= 2, "reconciliation found fewer than two candidates");

        // From the keyboard: focus the first candidate's Accept and press Enter; then the next candidate's Reject.
        accepted = await PairOfFirstCandidateAsync(mediator);
        await mediator.FillAsync("article.candidate >> nth=0 >> input[name='why']", Why);
        await mediator.FocusAsync("article.candidate >> nth=0 >> button[value='accept']");
        await SubmitAsync(mediator, () => mediator.Keyboard.PressAsync("Enter"));
        await ScanAsync(mediator, "mediator");
        var rejected = await PairOfFirstCandidateAsync(mediator);
        Assert.NotEqual(accepted, rejected);
        await mediator.FocusAsync("article.candidate >> nth=0 >> button[value='reject']");
        await SubmitAsync(mediator, () => mediator.Keyboard.PressAsync("Enter"));
        await ScanAsync(mediator, "mediator");
        var matching = Server.Store.State.MatchingOf(Exchange);
        Assert.True(matching.Pair(accepted.Request, accepted.Offer)!.AwaitsConfirmation);
        Assert.Equal(MatchVerdict.Reject, matching.Pair(rejected.Request, rejected.Offer)!.Current!.Verdict);

        // A review item: the two rival requests for one offered person are one block; accepting one rejects the other in
        // the same command (their rulings are consecutive events), and "reject all" on another item leaves none accepted.
        var (rivalA, rivalB) = ($"{Exchange}-o-rival-a", $"{Exchange}-o-rival-b");
        var item = mediator.Locator($"section.item:has(article#c-{Exchange}-q-rival-2--{rivalA})");
        Assert.Equal("2", await item.GetAttributeAsync("data-pairs"));
        Assert.Equal(2, await item.Locator("article.candidate").CountAsync());
        await SubmitAsync(mediator, () => item.Locator($"article#c-{Exchange}-q-rival-2--{rivalA} >> button[value='accept']").ClickAsync());
        await ScanAsync(mediator, "mediator");
        matching = Server.Store.State.MatchingOf(Exchange);
        var chosen = matching.Pair($"{Exchange}-q-rival-2", rivalA)!;
        var rival = matching.Pair($"{Exchange}-q-rival-1", rivalA)!;
        Assert.True(chosen.AwaitsConfirmation);
        Assert.Equal(MatchVerdict.Reject, rival.Current!.Verdict);
        Assert.Equal(rival.Current.Version + 1, chosen.Current!.Version);
        var other = mediator.Locator($"section.item:has(article#c-{Exchange}-q-rival-3--{rivalB})");
        await SubmitAsync(mediator, () => other.Locator("form.reject-all >> button[value='reject']").ClickAsync());
        await ScanAsync(mediator, "mediator");
        matching = Server.Store.State.MatchingOf(Exchange);
        Assert.All(new[] { $"{Exchange}-q-rival-3", $"{Exchange}-q-rival-4" }, r => Assert.Equal(MatchVerdict.Reject, matching.Pair(r, rivalB)!.Current!.Verdict));
        Assert.Null(matching.AcceptedPairOf(rivalB));
        Assert.Equal(0, await mediator.Locator($"section.item:has(article#c-{Exchange}-q-rival-3--{rivalB})").CountAsync());

        // Russia's officer holds these people: it sees the lists but not the candidates about Ukraine's people.
        var russia = await SignInAsync("partyA");
        await VisitAsync(russia, "partyA", $"/desk/exchanges/{Exchange}");
        await VisitAsync(russia, "partyA", $"/desk/exchanges/{Exchange}/candidates");
        Assert.Equal(0, await russia.Locator("article.candidate").CountAsync());

        // Ukraine's officer sees the candidate about the person it asked for, and confirms it.
        var ukraine = await SignInAsync("partyB");
        await VisitAsync(ukraine, "partyB", $"/desk/exchanges/{Exchange}");
        await VisitAsync(ukraine, "partyB", $"/desk/exchanges/{Exchange}/candidates");
        var shown = ukraine.Locator($"article#c-{accepted.Request}--{accepted.Offer}");
        Assert.Equal(1, await shown.CountAsync());
        await SubmitAsync(ukraine, () => shown.Locator("button[value='confirm']").ClickAsync());
        await ScanAsync(ukraine, "partyB");
        Assert.Equal(PersonStatus.Matched, Server.Store.State.Exchanges[Exchange].Persons[accepted.Offer].Status);
        await VisitAsync(ukraine, "partyB", $"/desk/exchanges/{Exchange}/lists/A/offer");

        // The verifier records that the person declines to return.
        var verifier = await SignInAsync("verifier");
        await VisitAsync(verifier, "verifier", $"/desk/exchanges/{Exchange}");
        await VisitAsync(verifier, "verifier", $"/desk/exchanges/{Exchange}/interviews");
        var person = verifier.Locator($"article#i-{accepted.Offer}");
        await person.Locator("input[value='declined']").CheckAsync();
        await person.Locator("textarea[name='note']").FillAsync(Note);
        await SubmitAsync(verifier, () => person.Locator("button[type='submit']").ClickAsync());
        await ScanAsync(verifier, "verifier");
        Assert.Equal(PersonStatus.Declined, Server.Store.State.Exchanges[Exchange].Persons[accepted.Offer].Status);
        Assert.Contains(Note, await verifier.InnerTextAsync("main"));

        // The mediator sees the note; the officers do not, wherever they look; the public sees counts only.
        await VisitAsync(mediator, "mediator", $"/desk/exchanges/{Exchange}/interviews");
        Assert.Contains(Note, await mediator.InnerTextAsync("main"));
        await VisitAsync(mediator, "mediator", $"/desk/exchanges/{Exchange}/stages");
        await VisitAsync(ukraine, "partyB", $"/desk/exchanges/{Exchange}/candidates?state=confirmed");
        await VisitAsync(ukraine, "partyB", $"/desk/exchanges/{Exchange}/interviews", expectStatus: 403);
        await VisitAsync(russia, "partyA", $"/desk/exchanges/{Exchange}/lists/A/offer");
        var anyone = await (await _chromium!.Browser.NewContextAsync(new() { JavaScriptEnabled = false })).NewPageAsync();
        await VisitAsync(anyone, "public", $"/live/{Exchange}");
        await VisitAsync(anyone, "public", $"/api/exchanges/{Exchange}/lists");
        await VisitAsync(anyone, "public", $"/desk/exchanges/{Exchange}/candidates");
        Assert.EndsWith("/desk/sign-in", anyone.Url);

        Assert.True(_visited.Count >= 20, "the scanner saw only " + _visited.Count + " pages");

        // What each role may not see, checked on every page it visited (names the public may never see are in the lists).
        async Task ScanAsync(IPage page, string role)
        {
            var text = await page.InnerTextAsync("body");
            var html = await page.ContentAsync();
            _visited.Add($"{role} {page.Url}");
            foreach (var token in Server.Tokens.Values)
            {
                Assert.False(html.Contains(token, StringComparison.Ordinal), $"{role} at {page.Url}: a token is in the page");
            }
            Assert.False(text.Contains(Why, StringComparison.Ordinal), $"{role} at {page.Url}: the mediator's private reason is shown");
            if (role != "mediator" && role != "verifier")
            {
                Assert.False(text.Contains(Note, StringComparison.Ordinal), $"{role} at {page.Url}: the verifier's private note is shown");
            }
            if (role == "public")
            {
                Assert.Null(names.FirstOrDefault(n => text.Contains(n, StringComparison.Ordinal)));
            }
            if (role == "verifier")
            {
                // The verifier sees the people it must interview, and nobody else's name.
                var others = requests.Where(r => r.Id != accepted.Request).Select(r => r.Surname).OfType<string>().Where(n => n.Length > 3 && !offers.Any(o => o.Surname == n));
                Assert.Null(others.FirstOrDefault(n => text.Contains(n, StringComparison.Ordinal)));
            }
            if (role == "partyA")
            {
                Assert.Equal(0, await page.Locator("article.candidate").CountAsync());
            }
            await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder("desk-screenshots"), $"{++_shot:D2}-{role}-{Regex.Replace(new Uri(page.Url).AbsolutePath, "[^a-z0-9]+", "-").Trim('-')}.png"), FullPage = false, Timeout = 120_000 });
        }

        async Task VisitAsync(IPage page, string role, string path, int expectStatus = 200)
        {
            var response = await page.GotoAsync(new Uri(Server.Address, path).ToString());
            Assert.True(expectStatus == response!.Status, $"{role} at {path}: {response.Status}");
            await ScanAsync(page, role);
        }

        async Task UploadAsync(IPage page, string party, string list, string file, byte[] bytes)
        {
            await page.CheckAsync($"input[name='party'][value='{party}']");
            await page.CheckAsync($"input[name='list'][value='{list}']");
            await page.SetInputFilesAsync("#file", new FilePayload { Name = file, MimeType = "application/octet-stream", Buffer = bytes });
            await SubmitAsync(page, () => page.ClickAsync("form.upload button[type='submit']"));
            Assert.True(await page.Locator(".notice").CountAsync() == 1, $"uploading {file}: {page.Url} {await page.InnerTextAsync("body")}");
            await ScanAsync(page, "mediator");
        }
    }

    [Fact]
    public async Task with_javascript_an_open_desk_page_shows_what_other_users_do_without_being_reloaded()
    {
        const string live = "x-live";
        await DeskWorld.OpenAsync(Server, live);
        var (requests, offers) = DeskWorld.Lists(live);
        static KeyValuePair<string, string> F(string key, string value) => new(key, value);

        // The mediator watches the exchange's page while Ukraine's officer uploads its request list from its own desk.
        var mediator = await SignInAsync("mediator", javaScript: true);
        await WatchAsync(mediator, $"/desk/exchanges/{live}");
        using var ukraineDesk = await DeskClient.SignInAsync(Server, "partyB");
        await ukraineDesk.GetAsync($"/desk/exchanges/{live}");
        using (var uploaded = await ukraineDesk.UploadAsync($"/desk/exchanges/{live}/lists", [F("list", "request")], "requests.xlsx", DeskWorld.Xlsx(requests)))
        {
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, uploaded.StatusCode);
        }
        await UntilAsync(mediator, $"document.querySelector('table.figures tbody tr td.num')?.textContent.trim() === '{requests.Count}'", "the outstanding requests");
        using var mediatorDesk = await DeskClient.SignInAsync(Server, "mediator");
        await mediatorDesk.GetAsync($"/desk/exchanges/{live}");
        using (var uploaded = await mediatorDesk.UploadAsync($"/desk/exchanges/{live}/lists", [F("party", "RU"), F("list", "offer")], "offers.csv", DeskWorld.Csv(offers)))
        {
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, uploaded.StatusCode);
        }

        // A run started elsewhere (the API, as `parley reconcile --server` does) shows on the open reconciliation page.
        await WatchAsync(mediator, $"/desk/exchanges/{live}/reconcile");
        using (var started = await Server.Client("mediator").PostAsync($"/api/exchanges/{live}/reconciliation", null, TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        }
        await UntilAsync(mediator, "document.querySelector(\"#job-state[data-state='done']\") !== null", "the finished run");
        await StayedAsync(mediator);

        // Ukraine's officer watches the candidates awaiting its confirmation; the mediator accepts one elsewhere.
        var ukraine = await SignInAsync("partyB", javaScript: true);
        await WatchAsync(ukraine, $"/desk/exchanges/{live}/candidates");
        Assert.Equal(0, await ukraine.Locator("article.candidate").CountAsync());
        var pair = Server.Store.State.MatchingOf(live).Pairs.Values.OrderByDescending(p => p.Candidate.Score).First().Candidate;
        await DeskWorld.MustAsync(Server, DeskWorld.Json(new { command = "decide-match", exchange = live, left = pair.Left, right = pair.Right, verdict = "accept", why = Why }));
        await UntilAsync(ukraine, $"document.getElementById('c-{pair.Left}--{pair.Right}') !== null", "the accepted candidate");
        await StayedAsync(ukraine);
        Assert.DoesNotContain(Why, await ukraine.InnerTextAsync("body"), StringComparison.Ordinal);

        // The mediator watches the confirmed pairs; Ukraine's officer confirms from its desk.
        await WatchAsync(mediator, $"/desk/exchanges/{live}/candidates?state=confirmed");
        await SubmitAsync(ukraine, () => ukraine.Locator($"article#c-{pair.Left}--{pair.Right} button[value='confirm']").ClickAsync());
        await UntilAsync(mediator, $"document.getElementById('c-{pair.Left}--{pair.Right}') !== null", "the confirmation");
        await StayedAsync(mediator);
        await mediator.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder("desk-screenshots"), "live-mediator-confirmed.png"), Timeout = 120_000 });

        // Opens a page, waits for its event stream, and marks the document: a reload would lose the mark.
        async Task WatchAsync(IPage page, string path)
        {
            await page.GotoAsync(new Uri(Server.Address, path).ToString());
            await page.WaitForSelectorAsync("body[data-connected='true']", new() { State = WaitForSelectorState.Attached });
            await page.EvaluateAsync("() => { window.stayed = true; }");
        }

        static async Task UntilAsync(IPage page, string condition, string what)
        {
            try
            {
                await page.WaitForFunctionAsync("() => " + condition, null, new() { Timeout = 120_000, PollingInterval = 100 });
            }
            catch (PlaywrightException)
            {
                Assert.Fail($"{page.Url} did not show {what} within two minutes: {await page.InnerTextAsync("main")}");
            }
        }

        static async Task StayedAsync(IPage page)
        {
            Assert.True(await page.EvaluateAsync<bool>("() => window.stayed === true"), $"{page.Url} was reloaded rather than updated");
            Assert.True(int.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.updates || '0'"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        }
    }

    /// <summary>
    /// Sends a form and waits for the page that answers it: the page a successful form leads to (<c>?done=</c>), or the
    /// error page the POST itself returns. Generous timeouts: the whole suite shares two cores.
    /// </summary>
    private static async Task SubmitAsync(IPage page, Func<Task> send)
    {
        await FormSubmission.SubmitAsync(page, send,
            r => r.Request.IsNavigationRequest && ((r.Request.Method == "GET" && r.Url.Contains("done=", StringComparison.Ordinal)) || (r.Request.Method == "POST" && r.Status != 303)));
        // A page that refreshes itself (the reconcile page, JavaScript off) may be between two loads: wait for the notice.
        try
        {
            await Assertions.Expect(page.Locator(".notice")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"{page.Url}: {await page.InnerTextAsync("body")}");
        }
    }

    private async Task<IPage> SignInAsync(string caller, bool javaScript = false)
    {
        var context = await _chromium!.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 1200, Height = 900 } });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Server.Address, "/desk/sign-in").ToString());
        await page.FillAsync("#token", Server.Tokens[caller]);
        await page.ClickAsync("form.sign-in button[type='submit']");
        await page.WaitForSelectorAsync(".desk-who");
        Assert.EndsWith("/desk", page.Url);
        return page;
    }

    private static async Task<(string Request, string Offer)> PairOfFirstCandidateAsync(IPage page)
    {
        var form = page.Locator("article.candidate >> nth=0");
        return (await form.Locator("input[name='request']").InputValueAsync(), await form.Locator("input[name='offer']").InputValueAsync());
    }
}
