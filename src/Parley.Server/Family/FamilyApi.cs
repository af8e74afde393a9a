using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Families;
using Parley.Server.Access;
using Parley.Server.Desk;
using Parley.Server.Family.Pages;
using Parley.Server.Live;
using Parley.Server.Pipeline;
using Parley.Server.Problems;
using Parley.Store.Domain;

namespace Parley.Server.Family;

/// <summary>
/// The family pages (issue 13, docs/api.md "Families"): <c>/family</c>, a form that posts a receipt code and answers with
/// that one person's status, and the person's private Atom feed and event stream under a capability derived from the code
/// (<see cref="ReceiptCode.FeedCapability"/>), never the code. A code or capability that opens nothing gets the same answer
/// whatever the reason (wrong, revoked, never issued), and every try counts against the address (<see cref="FamilyAttempts"/>).
/// The request log has the route pattern only, so a capability in a path never reaches it.
/// </summary>
public static class FamilyApi
{
    /// <summary>The default policy, but the form may post to this server.</summary>
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'";

    /// <summary>The form field that carries the code.</summary>
    private const int MaxFormBytes = 1024;

    public static IEndpointRouteBuilder MapFamilyApi(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup("").WithTags("Families").AllowEveryone().WithContentSecurityPolicy(Policy);
        pages.MapGet("/family", Form).WithSummary("The family page: a form for a receipt code (HTML; the code may also come in the URL's fragment)");
        pages.MapPost("/family", CheckAsync).DisableAntiforgery()
            .WithSummary("Posts a receipt code (form field 'code'); answers with that one person's status, or a neutral page");
        pages.MapGet("/family/feed/{capability}.atom", Feed).WithSummary("One person's private Atom feed, under the capability the status page links");
        pages.MapGet("/family/events/{capability}", (string capability, HttpContext context, FamilyJournal journal, ParleyStore store, FamilyAttempts attempts,
                DeskSignals signals, StreamAdmission admission, ServerOptions options, IHostApplicationLifetime lifetime) =>
                FamilyEvents.StreamAsync(capability, context, journal, store, attempts, signals, admission, options, lifetime))
            .WithSummary("One person's private event stream: a 'step' event per change of status");

        var receipts = routes.MapGroup("/api/exchanges/{exchange}/receipts").WithTags("Families").Allow(Role.Party)
            .RequireRateLimiting(PipelineSetup.WritesPolicy);
        receipts.MapPost("/{request}", IssueAsync).WithSummary("Issue (or with ?reissue=true reissue) a family receipt for a person on the caller's request list; the code is in the answer, once");
        receipts.MapDelete("/{request}", RevokeAsync).WithSummary("Revoke the family receipt of a person on the caller's request list");
        return routes;
    }

    internal static RazorComponentResult<FamilyPage> Form(HttpContext context) => Page(context, Language.Of(context.Request), null, null, null, StatusCodes.Status200OK);

    /// <summary>
    /// Checks a posted code. A try over the limit, a mistyped code and a code that opens nothing are answered from memory
    /// (<see cref="FamilyMessagePages"/>, the hashes in <see cref="FamilyJournal.Current"/>): no page render and no read of
    /// the database; only a code that opens a receipt renders a page.
    /// </summary>
    internal static async Task<IResult> CheckAsync(HttpContext context, FamilyJournal journal, FamilyAttempts attempts, FamilyMessagePages messages, ParleyStore store)
    {
        var language = Language.Of(context.Request);
        if (!attempts.TryTake(ClientAddress.Of(context), out var retry))
        {
            return TooMany(context, language, retry);
        }
        string? typed = null;
        if (context.Request.HasFormContentType && (context.Request.ContentLength ?? 0) <= MaxFormBytes)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            typed = form["code"].ToString();
        }
        if (ReceiptCode.TryParse(typed, out var error) is not { } code)
        {
            return Message(context, messages.Of(language, Texts.Get("family.mistyped", language) + " " + Mistake(error!, language)), StatusCodes.Status400BadRequest);
        }
        var timelines = journal.Current;
        if (timelines.Open(code) is not { } key)
        {
            return Neutral(context, language, messages);
        }
        return Page(context, language, FamilyView.Of(timelines, key, store.State, code.FeedCapability, language), code.Grouped, null, StatusCodes.Status200OK);
    }

    /// <summary>The one answer to every code that opens nothing: the same status and the same bytes, whatever the reason.</summary>
    internal static IResult Neutral(HttpContext context, string language, FamilyMessagePages messages) =>
        Message(context, messages.Of(language, Texts.Get("family.neutral", language)), StatusCodes.Status200OK);

    /// <summary>A page of <see cref="FamilyMessagePages"/>, never stored by a browser or a proxy, as every family answer.</summary>
    private static IResult Message(HttpContext context, byte[] page, int status)
    {
        context.Response.Headers.CacheControl = "no-store";
        return new PageBytes(page, status);
    }

    /// <summary>Bytes of a page already rendered, with their status.</summary>
    private sealed class PageBytes(byte[] page, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.ContentLength = page.Length;
            return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(page, httpContext.RequestAborted).AsTask();
        }
    }

    internal static IResult Feed(string capability, HttpContext context, FamilyJournal journal, FamilyAttempts attempts, ParleyStore store, PublicAddress address)
    {
        var language = Language.Of(context.Request);
        var timelines = journal.Current;
        if (timelines.OpenFeed(capability) is not { } key)
        {
            return attempts.TryTake(ClientAddress.Of(context), out var retry) ? TypedResults.NotFound() : TooMany(context, language, retry);
        }
        context.Response.Headers.CacheControl = "private, no-store";
        var view = FamilyView.Of(timelines, key, store.State, capability, language);
        return TypedResults.Bytes(FamilyFeed.Atom(view, capability, address.Base, language, timelines.History(key)), "application/atom+xml; charset=utf-8");
    }

    internal static async Task<IResult> IssueAsync(string exchange, string request, bool? reissue, HttpContext context, ReceiptIssuer issuer, PublicAddress address)
    {
        var (code, outcome) = await issuer.IssueAsync(exchange, request, reissue ?? false, context.Caller(), context.RequestAborted);
        if (code is null)
        {
            return outcome.Rejection is { } e ? Problem.Of(e) : Problem.BadField("request", "refused");
        }
        var qrText = ReceiptPrint.QrText(code.Grouped, address.Base);
        return TypedResults.Created((string?)null, new IssuedReceipt(exchange, code.Grouped, qrText, ReceiptPrint.Svg(qrText)));
    }

    internal static async Task<IResult> RevokeAsync(string exchange, string request, HttpContext context, ReceiptIssuer issuer)
    {
        var outcome = await issuer.RevokeAsync(exchange, request, context.Caller(), context.RequestAborted);
        return outcome.Accepted ? TypedResults.NoContent()
            : outcome.Rejection is { } e ? Problem.Of(e) : Problem.BadField("request", "refused");
    }

    /// <summary>
    /// Over the limit: a small page made without the page renderer, so that a guesser's flood costs the server as little as
    /// possible (the live pages share its two cores); it says how long to wait and nothing about any code.
    /// </summary>
    private static IResult TooMany(HttpContext context, string language, TimeSpan retry)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retry.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        var message = Texts.Format("family.too-many", language, new Core.Broadcast.Live.TextArgument("seconds", (int)seconds));
        var html = $"<!doctype html>\n<html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{encoder.Encode(Texts.Get("family.title", language))}</title>"
            + $"<link rel=\"stylesheet\" href=\"/assets/live.css\"></head><body><main id=\"main\"><p class=\"family-message\" role=\"alert\" id=\"family-message\">{encoder.Encode(message)}</p>"
            + $"<p><a href=\"/family?lang={language}\">{encoder.Encode(Texts.Get("family.title", language))}</a></p></main></body></html>\n";
        return TypedResults.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>A typing mistake in the reader's language: which character, or the length, or the check; never the code.</summary>
    private static string Mistake(string error, string language) =>
        System.Text.RegularExpressions.Regex.Match(error, @"at position (\d+)") is { Success: true } at
            ? Texts.Format("family.mistyped.character", language, new Core.Broadcast.Live.TextArgument("position", int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture)))
            : error.Contains("characters;", StringComparison.Ordinal) || error.Contains("required", StringComparison.Ordinal)
                ? Texts.Format("family.mistyped.length", language, new Core.Broadcast.Live.TextArgument("length", ReceiptCode.Length))
                : Texts.Get("family.mistyped.check", language);

    private static RazorComponentResult<FamilyPage> Page(HttpContext context, string language, FamilyView? view, string? code, string? message, int status)
    {
        // The answer holds the code (for "check again") or a person's status: no browser, proxy or CDN may keep it.
        context.Response.Headers.CacheControl = "no-store";
        return new RazorComponentResult<FamilyPage>(new Dictionary<string, object?>
        {
            [nameof(FamilyPage.Language)] = language,
            [nameof(FamilyPage.View)] = view,
            [nameof(FamilyPage.Code)] = code,
            [nameof(FamilyPage.Message)] = message,
        })
        { StatusCode = status };
    }
}

/// <summary>A receipt just issued: the code in groups (shown only now), what its QR code holds, and the QR code as SVG.</summary>
public sealed record IssuedReceipt(string Exchange, string Code, string QrText, string QrSvg);
