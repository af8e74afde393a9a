using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Server.Access;
using Parley.Server.Desk;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// The desk on a real server, as a browser without JavaScript uses it: signing in, uploading lists, reconciling,
/// deciding and confirming; and every bad input of issue 14 gets a clear answer and changes nothing.
/// </summary>
public sealed class DeskTests(DeskServer desk) : IClassFixture<DeskServer>
{
    private RunningServer Server => desk.Server;

    private long LastSequence => Server.Store.Log.LastSequence;

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    /// <summary>Opens an exchange and uploads UA's request list (XLSX) and RU's offer list (CSV) as the mediator.</summary>
    private async Task<(DeskClient Mediator, string Exchange)> ExchangeWithListsAsync(string exchange)
    {
        await DeskWorld.OpenAsync(Server, exchange);
        var mediator = await DeskClient.SignInAsync(Server, "mediator");
        var (requests, offers) = DeskWorld.Lists(exchange);
        await mediator.GetAsync($"/desk/exchanges/{exchange}");
        using (var uploaded = await mediator.UploadAsync($"/desk/exchanges/{exchange}/lists", [F("party", "UA"), F("list", "request")], "requests.xlsx", DeskWorld.Xlsx(requests)))
        {
            Assert.Equal(HttpStatusCode.SeeOther, uploaded.StatusCode);
        }
        using (var uploaded = await mediator.UploadAsync($"/desk/exchanges/{exchange}/lists", [F("party", "RU"), F("list", "offer")], "offers.csv", DeskWorld.Csv(offers)))
        {
            Assert.Equal(HttpStatusCode.SeeOther, uploaded.StatusCode);
        }
        return (mediator, exchange);
    }

    private async Task ReconcileAsync(DeskClient mediator, string exchange)
    {
        await mediator.GetAsync($"/desk/exchanges/{exchange}");
        using var started = await mediator.PostAsync($"/desk/exchanges/{exchange}/reconcile", []);
        Assert.Equal(HttpStatusCode.SeeOther, started.StatusCode);
        var job = await Server.App.Services.GetRequiredService<ReconcileJobs>().WaitAsync(exchange, TestContext.Current.CancellationToken);
        Assert.True(job.State == JobState.Done, job.Message);
    }

    [Fact]
    public async Task signing_in_gives_an_http_only_same_site_strict_cookie_for_the_desk_and_the_token_is_never_in_a_page_or_address()
    {
        using var browser = DeskClient.Anonymous(Server);
        var (status, signIn) = await browser.GetAsync("/desk/sign-in");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("type=\"password\"", signIn);
        using var response = await browser.PostAsync("/desk/sign-in", [F("token", Server.Tokens["mediator"])]);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/desk", response.Headers.Location?.ToString());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("parley_desk=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/desk", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Server.Tokens["mediator"], cookie);
        var (homeStatus, home) = await browser.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.OK, homeStatus);
        Assert.Contains("Signed in as <strong>mediator</strong>", home);
        Assert.DoesNotContain(Server.Tokens["mediator"], home);
    }

    [Fact]
    public async Task the_desk_speaks_the_browser_s_language_and_the_switch_chosen_is_remembered()
    {
        using var browser = DeskClient.Anonymous(Server);
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/desk/sign-in") { Headers = { { "Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5" } } })
        using (var response = await browser.Http.SendAsync(request, TestContext.Current.CancellationToken))
        {
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("<html lang=\"uk\">", html);
            Assert.Contains("Увійти", html);
            Assert.Contains("href=\"/desk/sign-in?lang=ru\"", html); // the switch
        }
        var (_, russian) = await browser.GetAsync("/desk/sign-in?lang=ru");
        Assert.Contains("Войти", russian);
        var (_, remembered) = await browser.GetAsync("/desk/sign-in");
        Assert.Contains("<html lang=\"ru\">", remembered);

        using var mediator = await DeskClient.SignInAsync(Server, "mediator");
        var (_, english) = await mediator.GetAsync("/desk");
        Assert.Contains("Signed in as <strong>mediator</strong>", english);
        var (_, ukrainian) = await mediator.GetAsync("/desk?lang=uk");
        Assert.Contains("Ви увійшли як <strong>mediator</strong>", ukrainian);
        Assert.Contains("Обміни", ukrainian);
    }

    [Fact]
    public async Task a_desk_page_without_a_session_sends_the_reader_to_sign_in()
    {
        using var browser = DeskClient.Anonymous(Server);
        using var response = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.Address }
            .GetAsync("/desk", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/desk/sign-in", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task an_unknown_token_does_not_sign_in()
    {
        using var browser = DeskClient.Anonymous(Server);
        await browser.GetAsync("/desk/sign-in");
        using var response = await browser.PostAsync("/desk/sign-in", [F("token", Server.Tokens["bad"])]);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("unknown or revoked", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(browser.Cookies.GetCookies(new Uri(Server.Address, "/desk")), c => c.Name == "parley_desk");
    }

    [Fact]
    public async Task a_forged_session_is_refused_and_changes_nothing()
    {
        await DeskWorld.OpenAsync(Server, "t-forged");
        using var browser = DeskClient.Anonymous(Server);
        await browser.GetAsync("/desk/sign-in");
        browser.Cookies.Add(new Uri(Server.Address, "/desk"), new Cookie("parley_desk", "CfDJ8forged-session-value", "/desk"));
        var (status, _) = await browser.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.Redirect, status);
        var before = LastSequence;
        var (requests, _) = DeskWorld.Lists("t-forged");
        using var response = await browser.UploadAsync("/desk/exchanges/t-forged/lists", [F("party", "UA"), F("list", "request")], "requests.xlsx", DeskWorld.Xlsx(requests));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("sign in again", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, LastSequence);
    }

    [Fact]
    public async Task a_session_ends_when_its_token_is_revoked()
    {
        var tokens = Server.App.Services.GetRequiredService<TokenStore>();
        var (id, token) = tokens.Create(Role.Mediator, null);
        using var browser = DeskClient.Anonymous(Server);
        await browser.GetAsync("/desk/sign-in");
        using (var signedIn = await browser.PostAsync("/desk/sign-in", [F("token", token)]))
        {
            Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/desk")).Status);
        tokens.Revoke(id);
        var (status, _) = await browser.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.Redirect, status);
    }

    [Fact]
    public async Task signing_out_ends_the_session()
    {
        using var browser = await DeskClient.SignInAsync(Server, "verifier");
        await browser.GetAsync("/desk");
        using var response = await browser.PostAsync("/desk/sign-out", []);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/desk")).Status);
    }

    [Fact]
    public async Task a_form_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        await DeskWorld.OpenAsync(Server, "t-csrf");
        using var mediator = await DeskClient.SignInAsync(Server, "mediator");
        await mediator.GetAsync("/desk/exchanges/t-csrf");
        var before = LastSequence;
        using var response = await mediator.PostAsync("/desk/exchanges/t-csrf/stages",
            [F("stage", "s1"), F("date", "2025-05-23"), F("plannedA", "10"), F("plannedB", "10")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(before, LastSequence);
        Assert.Empty(Server.Store.State.Exchanges["t-csrf"].Stages);
    }

    [Fact]
    public async Task a_request_list_in_xlsx_and_an_offer_list_in_csv_are_added_whole()
    {
        var (mediator, exchange) = await ExchangeWithListsAsync("t-upload");
        using (mediator)
        {
            var x = Server.Store.State.Exchanges[exchange];
            Assert.Equal(DeskWorld.Lists(exchange).Requests.Count, x.Requests.Count);
            Assert.Equal(DeskWorld.Lists(exchange).Offers.Count, x.Persons.Count);
            // UA's request list is the direction RU holds (side A); RU's offer list too.
            Assert.All(x.Requests.Values, r => Assert.Equal(Core.Side.A, r.Side));
            Assert.All(x.Persons.Values, p => Assert.Equal(Core.Side.A, p.Side));
            var (status, page) = await mediator.GetAsync($"/desk/exchanges/{exchange}/lists/A/request");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(DeskWorld.Lists(exchange).Requests[0].Id, page);
        }
    }

    public static TheoryData<string, string, string> BadLists => new()
    {
        { "a malformed row", "id,surname,given,dob\nt-bad-1,Коваль,Олена,1987\nt-bad-2,Шевченко,Микола,31.02.1990\n", "31.02.1990" },
        { "a wrong header", "number,surname,given\n1,Коваль,Олена\n", "id" },
        { "a row without a name", "id,surname,given\nt-bad-3,,\n", "row 2" },
    };

    [Theory]
    [MemberData(nameof(BadLists))]
    public async Task a_bad_list_is_refused_by_row_and_column_and_nothing_of_it_is_added(string what, string csv, string named)
    {
        var exchange = "t-bad-" + what.Replace(' ', '-');
        await DeskWorld.OpenAsync(Server, exchange);
        using var mediator = await DeskClient.SignInAsync(Server, "mediator");
        await mediator.GetAsync($"/desk/exchanges/{exchange}");
        var before = LastSequence;
        using var response = await mediator.UploadAsync($"/desk/exchanges/{exchange}/lists", [F("party", "RU"), F("list", "offer")], "list.csv", Encoding.UTF8.GetBytes(csv));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {html}");
        Assert.Contains("<table class=\"errors\">", html);
        Assert.Contains(named, html.Replace("<td>", "row ", StringComparison.Ordinal).Replace("</td>", " ", StringComparison.Ordinal));
        Assert.Equal(before, LastSequence);
        Assert.Empty(Server.Store.State.Exchanges[exchange].Persons);
    }

    [Fact]
    public async Task a_list_for_an_unknown_exchange_is_404()
    {
        using var mediator = await DeskClient.SignInAsync(Server, "mediator");
        await mediator.GetAsync("/desk");
        var before = LastSequence;
        using var response = await mediator.UploadAsync("/desk/exchanges/no-such/lists", [F("party", "RU"), F("list", "offer")], "list.csv", "id,name\nx-1,A B\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(before, LastSequence);
    }

    [Fact]
    public async Task a_person_already_on_another_list_is_refused_naming_the_row_and_nothing_is_added()
    {
        var (mediator, exchange) = await ExchangeWithListsAsync("t-twice");
        using (mediator)
        {
            var taken = DeskWorld.Lists(exchange).Requests[0].Id;
            var before = LastSequence;
            var csv = $"id,surname,given\nt-twice-new-1,Коваль,Олена\n{taken},Шевченко,Микола\n";
            await mediator.GetAsync($"/desk/exchanges/{exchange}");
            using var response = await mediator.UploadAsync($"/desk/exchanges/{exchange}/lists", [F("party", "UA"), F("list", "offer")], "again.csv", Encoding.UTF8.GetBytes(csv));
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, html);
            Assert.Contains("one-entry-per-person", html);
            Assert.Contains("<td>3</td><td>id</td>", html);
            Assert.Equal(before, LastSequence);
            Assert.False(Server.Store.State.Exchanges[exchange].HasEntry("t-twice-new-1"));
        }
    }

    [Fact]
    public async Task a_decision_on_a_pair_that_does_not_exist_is_refused_and_changes_nothing()
    {
        var (mediator, exchange) = await ExchangeWithListsAsync("t-nopair");
        using (mediator)
        {
            var (requests, offers) = DeskWorld.Lists(exchange);
            await mediator.GetAsync($"/desk/exchanges/{exchange}/candidates");
            var before = LastSequence;
            using var response = await mediator.PostAsync($"/desk/exchanges/{exchange}/decisions",
                [F("request", requests[0].Id), F("offer", offers[^1].Id), F("verdict", "accept")]);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, html);
            Assert.Contains("not a recorded candidate pair", html);
            Assert.Equal(before, LastSequence);
            using var unknown = await mediator.PostAsync($"/desk/exchanges/{exchange}/decisions",
                [F("request", "nobody"), F("offer", offers[0].Id), F("verdict", "accept")]);
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal(before, LastSequence);
        }
    }

    [Fact]
    public async Task an_item_form_with_a_pair_decided_meanwhile_is_refused_whole_and_a_reject_all_then_rejects_every_pair_it_names()
    {
        var (mediator, exchange) = await ExchangeWithListsAsync("t-item");
        using (mediator)
        {
            await ReconcileAsync(mediator, exchange);
            var keys = Server.Store.State.MatchingOf(exchange).Pairs.Keys.OrderBy(k => k.Left, StringComparer.Ordinal).Take(2).ToList();
            Assert.Equal(2, keys.Count);
            var (first, second) = (keys[0], keys[1]);
            KeyValuePair<string, string>[] Item(params PairKey[] pairs) =>
                [.. pairs.SelectMany(k => new[] { F("item-request", k.Left), F("item-offer", k.Right) })];
            await mediator.GetAsync($"/desk/exchanges/{exchange}/candidates");
            // Another desk rejects the second pair while this page still shows both.
            using (var elsewhere = await mediator.PostAsync($"/desk/exchanges/{exchange}/decisions", [F("request", second.Left), F("offer", second.Right), F("verdict", "reject")]))
            {
                Assert.Equal(HttpStatusCode.SeeOther, elsewhere.StatusCode);
            }
            var before = LastSequence;
            using (var stale = await mediator.PostAsync($"/desk/exchanges/{exchange}/review-items",
                [.. Item(first, second), F("request", first.Left), F("offer", first.Right), F("verdict", "accept"), F("why", "same number")]))
            {
                var html = await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.True(stale.StatusCode == HttpStatusCode.Conflict, html);
                Assert.Contains("already rejected", html);
            }
            Assert.Equal(before, LastSequence);
            Assert.Null(Server.Store.State.MatchingOf(exchange).Pair(first.Left, first.Right)!.Current);

            using (var rejectAll = await mediator.PostAsync($"/desk/exchanges/{exchange}/review-items", [.. Item(first), F("verdict", "reject")]))
            {
                Assert.Equal(HttpStatusCode.SeeOther, rejectAll.StatusCode);
            }
            Assert.Equal(MatchVerdict.Reject, Server.Store.State.MatchingOf(exchange).Pair(first.Left, first.Right)!.Current!.Verdict);
        }
    }

    [Fact]
    public async Task the_mediators_awaiting_decision_tab_counts_the_review_items_left_to_decide_beside_their_pairs()
    {
        var (mediator, exchange) = await ExchangeWithListsAsync("t-count");
        using (mediator)
        {
            await ReconcileAsync(mediator, exchange);
            var awaiting = Server.Store.State.MatchingOf(exchange).Pairs.Values.Where(p => p.Current is null).Select(p => p.Candidate).ToList();
            Assert.NotEmpty(awaiting);
            var items = Parley.Matching.Reconciliation.ReviewItems.Group(awaiting, c => c.Left, c => c.Right, c => c.Score).Count;

            var (status, html) = await mediator.GetAsync($"/desk/exchanges/{exchange}/candidates");

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains($"({items} to decide ({awaiting.Count} pairs))", html);
        }
    }

    [Fact]
    public async Task reconciliation_runs_in_the_server_and_only_the_receiving_party_may_confirm_an_accepted_pair()
    {
        var (mediator, exchange) = await ExchangeWithListsAsync("t-confirm");
        using (mediator)
        {
            await ReconcileAsync(mediator, exchange);
            var matching = Server.Store.State.MatchingOf(exchange);
            Assert.NotEmpty(matching.Pairs);
            var pair = matching.Pairs.Keys.OrderBy(k => k.Left, StringComparer.Ordinal).First();
            var (status, candidates) = await mediator.GetAsync($"/desk/exchanges/{exchange}/candidates");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("<table class=\"evidence\">", candidates);
            using (var accepted = await mediator.PostAsync($"/desk/exchanges/{exchange}/decisions", [F("request", pair.Left), F("offer", pair.Right), F("verdict", "accept"), F("why", "same service number")]))
            {
                Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
            }

            // RU holds the person: it is UA, the receiving party, that confirms.
            using var russia = await DeskClient.SignInAsync(Server, "partyA");
            var (_, russiasPage) = await russia.GetAsync($"/desk/exchanges/{exchange}/candidates");
            Assert.DoesNotContain(pair.Left, russiasPage);
            var before = LastSequence;
            using (var wrong = await russia.PostAsync($"/desk/exchanges/{exchange}/confirmations", [F("request", pair.Left), F("offer", pair.Right), F("verdict", "confirm")]))
            {
                var html = await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.True(wrong.StatusCode == HttpStatusCode.Forbidden, html);
                Assert.Contains("authority", html);
            }
            Assert.Equal(before, LastSequence);

            using var ukraine = await DeskClient.SignInAsync(Server, "partyB");
            var (_, ukrainesPage) = await ukraine.GetAsync($"/desk/exchanges/{exchange}/candidates");
            Assert.Contains(pair.Left, ukrainesPage);
            using (var confirmed = await ukraine.PostAsync($"/desk/exchanges/{exchange}/confirmations", [F("request", pair.Left), F("offer", pair.Right), F("verdict", "confirm")]))
            {
                Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
            }
            Assert.Equal(PersonStatus.Matched, Server.Store.State.Exchanges[exchange].Persons[pair.Right].Status);
        }
    }

    [Fact]
    public async Task each_role_reads_the_exchange_as_the_rules_allow()
    {
        var (mediator, exchange) = await ExchangeWithListsAsync("t-read");
        using (mediator)
        {
            await ReconcileAsync(mediator, exchange);
            var name = DeskWorld.Lists(exchange).Requests[0].Surname ?? DeskWorld.Lists(exchange).Requests[0].FullName!;

            var forPublic = await Server.Client().GetStringAsync($"/api/exchanges/{exchange}/lists", TestContext.Current.CancellationToken);
            Assert.DoesNotContain("\"entries\"", forPublic);
            Assert.DoesNotContain(name, forPublic);
            Assert.Contains("\"count\":" + DeskWorld.Lists(exchange).Requests.Count, forPublic);

            var forRussia = await Server.Client("partyA").GetStringAsync($"/api/exchanges/{exchange}/lists", TestContext.Current.CancellationToken);
            Assert.Contains(name, forRussia);
            Assert.Equal("[]", await Server.Client("partyA").GetStringAsync($"/api/exchanges/{exchange}/candidates", TestContext.Current.CancellationToken));
            Assert.NotEqual("[]", await Server.Client("partyB").GetStringAsync($"/api/exchanges/{exchange}/candidates", TestContext.Current.CancellationToken));

            using var interviews = await Server.Client("partyB").GetAsync($"/api/exchanges/{exchange}/interviews", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, interviews.StatusCode);
            using var candidates = await Server.Client("verifier").GetAsync($"/api/exchanges/{exchange}/candidates", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, candidates.StatusCode);
            var forVerifier = await Server.Client("verifier").GetStringAsync($"/api/exchanges/{exchange}/lists", TestContext.Current.CancellationToken);
            Assert.DoesNotContain(name, forVerifier);
        }
    }
}
