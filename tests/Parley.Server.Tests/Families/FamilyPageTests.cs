using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Core.Families;
using Parley.Server.Family;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.Families;

/// <summary>
/// Issue 13, family receipts over HTTP: a party officer issues one for a person on its own request list and gets the code
/// once; the code opens that one person's status on /family; wrong, revoked and never-issued codes get the same bytes;
/// mistyped codes are told what is wrong and change nothing; the feed and event stream live under a capability, not the code.
/// </summary>
public sealed class FamilyPageTests(FamilyServer family) : IClassFixture<FamilyServer>
{
    private const string May = "may-2025";

    private RunningServer Server => family.Server;

    /// <summary>A request on Ukraine's list (people held by Russia), as the demo numbers them.</summary>
    private static string UkraineAsks(int n) => $"{May}-UA-R{n:D5}";

    private async Task<string> IssueAsync(string request, string caller = "partyB", bool reissue = false)
    {
        using var officer = Server.Client(caller);
        using var response = await officer.PostAsync($"/api/exchanges/{May}/receipts/{request}{(reissue ? "?reissue=true" : "")}", null, TestContext.Current.CancellationToken);
        var json = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"issuing a receipt: {(int)response.StatusCode} {json}");
        Assert.StartsWith("<svg", json.GetProperty("qrSvg").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/family#" + json.GetProperty("code").GetString(), json.GetProperty("qrText").GetString(), StringComparison.Ordinal);
        return json.GetProperty("code").GetString()!;
    }

    private async Task<(HttpStatusCode Status, string Body)> CheckAsync(string code, string language = "en")
    {
        using var client = Server.Client();
        using var response = await client.PostAsync($"/family?lang={language}", new FormUrlEncodedContent([new("code", code)]), TestContext.Current.CancellationToken);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A well-formed code (the check character right) that nobody issued.</summary>
    private static string NeverIssued() => ReceiptCode.FromEntropy(System.Security.Cryptography.RandomNumberGenerator.GetBytes(ReceiptCode.EntropyBytes)).Grouped;

    [Fact]
    public async Task a_code_opens_that_one_persons_status_and_history_in_plain_words_in_each_language()
    {
        var code = await IssueAsync(UkraineAsks(1));

        var (status, body) = await CheckAsync(code);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Received home.", body, StringComparison.Ordinal);
        Assert.Contains("Scheduled for stage 1 on 23 May 2025.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(UkraineAsks(1), body, StringComparison.Ordinal);
        Assert.DoesNotContain(May, body, StringComparison.Ordinal);
        foreach (var (language, word) in new[] { ("uk", "Прийнято вдома."), ("ru", "Принят дома."), ("tr", "Eve ulaştı.") })
        {
            Assert.Contains(word, (await CheckAsync(code, language)).Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", 7)]
    [InlineData("uk", 8)]
    [InlineData("ru", 9)]
    [InlineData("tr", 11)]
    public async Task a_status_page_and_its_feed_state_no_number_but_dates_and_a_stage_so_no_total_can_single_anyone_out(string language, int request)
    {
        var code = ReceiptCode.Parse(await IssueAsync(UkraineAsks(request)));
        using var client = Server.Client();
        var stages = (await (await client.GetAsync($"/api/exchanges/{May}", TestContext.Current.CancellationToken)).Json()).GetProperty("stages").GetArrayLength();
        var (_, page) = await CheckAsync(code.Grouped, language);
        var main = System.Text.RegularExpressions.Regex.Match(page, "<main id=\"main\">(.*)</main>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var feed = System.Xml.Linq.XDocument.Parse(await client.Text($"/family/feed/{code.FeedCapability}.atom?lang={language}"));
        var feedText = feed.Descendants().Where(e => e.Name.LocalName is "title" or "content" or "summary" or "subtitle").Select(e => e.Value);

        Assert.Contains("id=\"family-status\"", main, StringComparison.Ordinal);
        foreach (var (where, text) in new[] { ("page", WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(main, "<[^>]*>", " "))) }
            .Concat(feedText.Select(t => ("feed", WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(t, "<[^>]*>", " "))))))
        {
            // A date is "23 May 2025" in each language's words; a stage is its number; any other number would be a figure.
            var numbers = System.Text.RegularExpressions.Regex.Matches(System.Text.RegularExpressions.Regex.Replace(text, @"\b\d{1,2}\.? \p{L}+ \d{4}\b", ""), "[0-9]+")
                .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.All(numbers, n => Assert.True(n >= 1 && n <= stages, $"the {where} in {language} states the number {n}: {text}"));
        }
    }

    [Fact]
    public async Task wrong_revoked_and_never_issued_codes_get_the_same_status_and_the_same_bytes()
    {
        var code = await IssueAsync(UkraineAsks(2));
        using (var officer = Server.Client("partyB"))
        {
            using var revoked = await officer.DeleteAsync($"/api/exchanges/{May}/receipts/{UkraineAsks(2)}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        var afterRevoke = await CheckAsync(code);
        var never = await CheckAsync(NeverIssued());

        Assert.Equal(HttpStatusCode.OK, afterRevoke.Status);
        Assert.Equal(never, afterRevoke);
        Assert.Contains("This code does not open a status.", never.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    [InlineData("tr")]
    public async Task the_neutral_answer_kept_in_memory_is_the_form_page_as_rendered_with_the_message_above_it(string language)
    {
        var (status, neutral) = await CheckAsync(NeverIssued(), language);
        using var client = Server.Client();
        using var form = await client.GetAsync($"/family?lang={language}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, status);
        var message = System.Text.RegularExpressions.Regex.Match(neutral, "<p class=\"family-message\" role=\"alert\" id=\"family-message\">[^<]+</p>\n");
        Assert.True(message.Success, neutral);
        Assert.Equal(await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), neutral.Remove(message.Index, message.Length));
        Assert.Equal("text/html; charset=utf-8", form.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public void the_kept_message_pages_stop_growing_at_their_bound_and_a_page_past_it_is_still_rendered()
    {
        var pages = Server.App.Services.GetRequiredService<FamilyMessagePages>();

        for (var i = 0; i <= FamilyMessagePages.MaxPages; i++)
        {
            pages.Of("en", $"message {i}");
        }
        var past = System.Text.Encoding.UTF8.GetString(pages.Of("en", "one message too many"));

        Assert.Equal(FamilyMessagePages.MaxPages, pages.Count);
        Assert.Contains(">one message too many</p>", past, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_reissued_receipt_opens_with_the_new_code_only()
    {
        var old = await IssueAsync(UkraineAsks(3));
        var fresh = await IssueAsync(UkraineAsks(3), reissue: true);

        Assert.Contains("Received home.", (await CheckAsync(fresh)).Body, StringComparison.Ordinal);
        Assert.Equal(await CheckAsync(NeverIssued()), await CheckAsync(old));
    }

    [Theory]
    [InlineData("ABCD", "a code has 28 characters.")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23U5", "character 33 is not one a code uses")]
    public async Task a_mistyped_code_is_told_what_is_wrong_without_being_echoed_and_changes_nothing(string typed, string expected)
    {
        var before = Server.Store.Log.LastSequence;

        var (status, body) = await CheckAsync(typed);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.DoesNotContain(typed, body, StringComparison.Ordinal);
        Assert.Equal(before, Server.Store.Log.LastSequence);
    }

    [Fact]
    public async Task a_receipt_for_the_other_partys_request_or_an_offered_person_is_refused_with_the_rule()
    {
        using var russia = Server.Client("partyA");
        using var notOwn = await russia.PostAsync($"/api/exchanges/{May}/receipts/{UkraineAsks(4)}", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, notOwn.StatusCode);
        Assert.Equal("authority", (await notOwn.Json()).GetProperty("rule").GetString());

        using var ukraine = Server.Client("partyB");
        using var offered = await ukraine.PostAsync($"/api/exchanges/{May}/receipts/{May}-A-00001", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, offered.StatusCode);
        Assert.Equal("receipt-own-request", (await offered.Json()).GetProperty("rule").GetString());

        using var mediator = Server.Client("mediator");
        using var notParty = await mediator.PostAsync($"/api/exchanges/{May}/receipts/{UkraineAsks(4)}", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, notParty.StatusCode);
    }

    [Fact]
    public async Task the_feed_and_event_stream_are_under_a_capability_that_is_not_the_code_and_die_on_revoke()
    {
        var code = ReceiptCode.Parse(await IssueAsync(UkraineAsks(5)));
        var (_, body) = await CheckAsync(code.Grouped);
        Assert.Contains($"/family/feed/{code.FeedCapability}.atom", body, StringComparison.Ordinal);
        using var client = Server.Client();

        var feed = await client.Text($"/family/feed/{code.FeedCapability}.atom?lang=en");
        Assert.Contains("<title>Received home.</title>", feed, StringComparison.Ordinal);
        Assert.DoesNotContain(code.Grouped, feed, StringComparison.Ordinal);
        Assert.DoesNotContain(UkraineAsks(5), feed, StringComparison.Ordinal);
        using var stream = await Loopback.OpenStreamAsync(Server.Address, $"/family/events/{code.FeedCapability}?lang=en");
        Assert.Equal(200, stream.Status);

        using (var officer = Server.Client("partyB"))
        {
            using var _ = await officer.DeleteAsync($"/api/exchanges/{May}/receipts/{UkraineAsks(5)}", TestContext.Current.CancellationToken);
        }
        using var gone = await client.GetAsync($"/family/feed/{code.FeedCapability}.atom", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var goneStream = await client.GetAsync($"/family/events/{code.FeedCapability}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, goneStream.StatusCode);
    }

    [Fact]
    public async Task the_public_record_holds_neither_the_code_nor_its_hashes_nor_the_request_a_receipt_is_for()
    {
        var before = Server.Store.Log.LastSequence;
        var code = ReceiptCode.Parse(await IssueAsync(UkraineAsks(6)));

        var events = Server.Store.Log.Read(before + 1).ToList();
        var issued = Assert.Single(events);
        var publicText = System.Text.Encoding.UTF8.GetString(issued.Public);
        Assert.Equal("receipt.issued", issued.Type);
        foreach (var secret in new[] { code.Grouped, code.Grouped.Replace("-", "", StringComparison.Ordinal), code.Lookup, code.FeedLookup, code.FeedCapability, UkraineAsks(6) })
        {
            Assert.DoesNotContain(secret, publicText, StringComparison.Ordinal);
        }
        using var document = JsonDocument.Parse(issued.Public);
        Assert.Equal(May, document.RootElement.GetProperty("exchange").GetString());
    }
}

/// <summary>The desk's receipts pages: an officer issues a receipt and gets a printable page once; revokes it; the other party cannot.</summary>
public sealed class FamilyDeskTests(FamilyServer family) : IClassFixture<FamilyServer>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task an_officer_issues_a_receipt_on_the_desk_prints_it_once_and_revokes_it()
    {
        var server = family.Server;
        using var ukraine = await DeskClient.SignInAsync(server, "partyB");
        var (status, page) = await ukraine.GetAsync("/desk/exchanges/may-2025/receipts");
        Assert.Equal(HttpStatusCode.OK, status);

        using var issued = await ukraine.PostAsync("/desk/exchanges/may-2025/receipts", [F("request", "may-2025-UA-R00010"), F("action", "issue")]);
        var printed = await issued.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("no-store", issued.Headers.CacheControl?.ToString());
        var code = System.Text.RegularExpressions.Regex.Match(printed, "<code>([0-9A-Z-]{34})</code>").Groups[1].Value;
        Assert.Contains("<svg", printed, StringComparison.Ordinal);
        Assert.NotNull(ReceiptCode.Parse(code));
        Assert.Contains("may-2025-UA-R00010", (await ukraine.GetAsync("/desk/exchanges/may-2025/receipts")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(code, (await ukraine.GetAsync("/desk/exchanges/may-2025/receipts")).Html, StringComparison.Ordinal);

        using var russia = await DeskClient.SignInAsync(server, "partyA");
        await russia.GetAsync("/desk/exchanges/may-2025/receipts");
        using var refused = await russia.PostAsync("/desk/exchanges/may-2025/receipts", [F("request", "may-2025-UA-R00010"), F("action", "revoke")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var revoked = await ukraine.PostAsync("/desk/exchanges/may-2025/receipts", [F("request", "may-2025-UA-R00010"), F("action", "revoke")]);
        Assert.Equal(HttpStatusCode.SeeOther, revoked.StatusCode);
        Assert.Null(server.Store.State.LiveReceipt("may-2025", "may-2025-UA-R00010"));
    }
}
