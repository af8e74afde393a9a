using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parley.Core.Families;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.Families;

/// <summary>
/// Issue 13's receipts on the desk in Debian's chromium (JavaScript off: the desk and the family page need none): Ukraine's
/// officer issues a receipt for a person of its own request list, sees the printable code and its QR code, revokes it and
/// issues a new one; the family page opens the person's status with the new code and gives the revoked one the same
/// neutral page as a code nobody issued. Refused inputs say why and change nothing. A scanner over every request the
/// browser makes fails if a code, in any spelling, is ever in a URL (which a server, a proxy or a history would keep).
/// Screenshots go to artifacts/desk-screenshots.
/// </summary>
public sealed partial class ReceiptDeskBrowserTests(FamilyServer family) : IClassFixture<FamilyServer>, IAsyncLifetime
{
    private const string May = "may-2025";
    private const string Request = "may-2025-UA-R00020";

    private readonly List<string> _urls = [];
    private DebianChromium? _chromium;
    private int _shot;

    private RunningServer Server => family.Server;

    public async ValueTask InitializeAsync() => _chromium = await DebianChromium.LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    [Fact]
    public async Task an_officer_issues_revokes_and_reissues_a_receipt_on_the_desk_and_only_the_new_code_opens_the_family_page()
    {
        var officer = await PageAsync();
        await officer.GotoAsync(Url("/desk/sign-in"));
        await officer.FillAsync("#token", Server.Tokens["partyB"]);
        await officer.ClickAsync("form.sign-in button[type='submit']");
        await officer.WaitForSelectorAsync(".desk-who");
        await officer.GotoAsync(Url($"/desk/exchanges/{May}"));
        await officer.ClickAsync($"a[href='/desk/exchanges/{May}/receipts']");
        await ShotAsync(officer, "receipts");

        // Issue: the printable page shows the code in groups and its QR code, once.
        var first = await SubmitAsync(officer, Request, "issue");
        Assert.Equal(200, first.Status);
        var firstCode = await PrintedCodeAsync(officer);
        await ShotAsync(officer, "printed");
        await officer.ClickAsync("section.receipt-print a");
        Assert.Equal(Request, await officer.InnerTextAsync("table.people tbody td >> nth=0"));
        Assert.DoesNotContain(firstCode, await officer.ContentAsync(), StringComparison.Ordinal);

        // Wrong inputs: a second receipt without reissue, a person of the other side's list, an id on no list.
        var before = Server.Store.Log.LastSequence;
        foreach (var (request, action, status, says) in new[]
        {
            (Request, "issue", 409, "already has a live receipt"),
            ($"{May}-A-00001", "issue", 409, "not a request list"),
            ($"{May}-UA-R99999", "revoke", 409, "is not on a request list"),
        })
        {
            await officer.GotoAsync(Url($"/desk/exchanges/{May}/receipts"));
            var refused = await SubmitAsync(officer, request, action);
            Assert.Equal(status, refused.Status);
            var text = await officer.InnerTextAsync("main");
            Assert.Contains(says, text, StringComparison.Ordinal);
            Assert.Contains("Nothing was changed.", text, StringComparison.Ordinal);
        }
        await ShotAsync(officer, "refused");
        Assert.Equal(before, Server.Store.Log.LastSequence);

        // Revoke, then issue anew.
        await officer.GotoAsync(Url($"/desk/exchanges/{May}/receipts"));
        await SubmitAsync(officer, Request, "revoke");
        Assert.EndsWith($"/desk/exchanges/{May}/receipts", new Uri(officer.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(0, await officer.Locator("table.people tbody tr").CountAsync());
        Assert.Null(Server.Store.State.LiveReceipt(May, Request));
        await ShotAsync(officer, "revoked");
        await SubmitAsync(officer, Request, "reissue");
        var secondCode = await PrintedCodeAsync(officer);
        Assert.NotEqual(firstCode, secondCode);

        // The family: the new code opens the status; the revoked one gets the neutral page, as a code nobody issued.
        var reader = await PageAsync();
        var opened = await CheckAsync(reader, secondCode);
        Assert.Equal(200, opened.Status);
        Assert.Equal(1, await reader.Locator("#family-status").CountAsync());
        Assert.False(string.IsNullOrWhiteSpace(await reader.InnerTextAsync("#family-now")));
        await ShotAsync(reader, "family-opened");
        var revoked = await CheckAsync(reader, firstCode);
        await ShotAsync(reader, "family-revoked");
        var never = await CheckAsync(reader, ReceiptCode.FromEntropy(System.Security.Cryptography.RandomNumberGenerator.GetBytes(ReceiptCode.EntropyBytes)).Grouped);
        Assert.Equal(never, revoked);
        Assert.Equal(200, revoked.Status);
        Assert.Contains("This code does not open a status.", revoked.Main, StringComparison.Ordinal);

        // No code, in any spelling, in any URL the browser asked for.
        Assert.True(_urls.Count >= 15, $"the scanner saw only {_urls.Count} requests");
        foreach (var code in new[] { firstCode, secondCode }.Select(ReceiptCode.Parse))
        {
            foreach (var spelling in new[] { code.Grouped, code.Grouped.Replace("-", "", StringComparison.Ordinal), code.Lookup, code.FeedLookup })
            {
                foreach (var form in new[] { spelling, spelling.ToLowerInvariant(), Uri.EscapeDataString(spelling) })
                {
                    Assert.Null(_urls.FirstOrDefault(u => u.Contains(form, StringComparison.OrdinalIgnoreCase)));
                }
            }
        }
    }

    private string Url(string path) => new Uri(Server.Address, path).ToString();

    private async Task<IPage> PageAsync()
    {
        var context = await _chromium!.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1000, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        context.Request += (_, request) => _urls.Add(request.Url);
        return await context.NewPageAsync();
    }

    /// <summary>Submits the receipts form with one of its buttons; returns the answer to the POST (before any redirect).</summary>
    private static async Task<IResponse> SubmitAsync(IPage page, string request, string action)
    {
        await page.FillAsync("form.receipt input[name='request']", request);
        return await FormSubmission.SubmitAsync(page, () => page.ClickAsync($"form.receipt button[value='{action}']"), r => r.Request.Method == "POST");
    }

    /// <summary>The printed page's code (checked to be a valid code) and its QR code (an SVG drawing).</summary>
    private static async Task<string> PrintedCodeAsync(IPage page)
    {
        var code = await page.InnerTextAsync("#receipt-code code");
        Assert.Matches(GroupedCode(), code);
        Assert.Equal(code, ReceiptCode.Parse(code).Grouped);
        var svg = page.Locator("figure.receipt-qr svg");
        Assert.Equal(1, await svg.CountAsync());
        Assert.True((await svg.BoundingBoxAsync())!.Width >= 100, "the QR code is too small to scan");
        Assert.True(await page.Locator("figure.receipt-qr svg path, figure.receipt-qr svg rect").CountAsync() > 0, "the QR code draws nothing");
        Assert.Contains("/family", await page.InnerTextAsync("section.receipt-print"), StringComparison.Ordinal);
        return code;
    }

    /// <summary>What a code gets on the family page with JavaScript off: the status and the main part of the page.</summary>
    private async Task<(int Status, string Main)> CheckAsync(IPage page, string code)
    {
        await page.GotoAsync(Url("/family?lang=en"));
        await page.FillAsync("#family-code", code);
        var response = await FormSubmission.SubmitAsync(page, () => page.ClickAsync("#family-form button"), r => r.Request.Method == "POST");
        return (response.Status, await page.Locator("main").InnerHTMLAsync());
    }

    private async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder("desk-screenshots"), $"receipt-{++_shot:D2}-{name}.png"), FullPage = true, Timeout = 60_000 });

    [GeneratedRegex("^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$")]
    private static partial Regex GroupedCode();
}
