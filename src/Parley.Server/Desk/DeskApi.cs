using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Parley.Core.Broadcast.Live;
using Parley.Server.Access;
using Parley.Server.Desk.Pages;
using Parley.Server.Live;
using Parley.Server.Pipeline;
using Parley.Store.Domain;

namespace Parley.Server.Desk;

/// <summary>
/// The mediator's desk (docs/desk.md): server-rendered pages for the mediator, each party's officer and the verifier,
/// usable without JavaScript. Signing in exchanges a token for a session cookie; every form carries an antiforgery token
/// (checked for every POST here, before anything is read); every page shows only what the caller's role may see
/// (<see cref="Views.ExchangeAccess"/>, the same rules as the API).
/// </summary>
public static partial class DeskApi
{
    /// <summary>The security policy of the desk's pages: the site's own, except that its forms post back to it.</summary>
    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'";

    private const Role Desk = Role.Mediator | Role.Party | Role.Verifier;

    public static IEndpointRouteBuilder MapDesk(this IEndpointRouteBuilder routes)
    {
        var desk = routes.MapGroup("/desk").WithTags("Desk").ExcludeFromDescription()
            .WithContentSecurityPolicy(Policy)
            .AddEndpointFilter(RequireFormToken);
        desk.MapGet("/sign-in", SignInForm).AllowEveryone();
        desk.MapPost("/sign-in", SignInAsync).AllowEveryone().RequireRateLimiting(PipelineSetup.WritesPolicy);
        desk.MapPost("/sign-out", (Delegate)SignOutAsync).Allow(Desk);
        desk.MapGet("/", Home).Allow(Desk);

        var exchange = desk.MapGroup("/exchanges/{exchange}").AddEndpointFilter(OpenExchange);
        exchange.MapGet("/", ExchangePage).Allow(Desk);
        exchange.MapGet("/events", EventsAsync).Allow(Desk);
        exchange.MapGet("/lists/{holder}/{list}", ListPage).Allow(Role.Mediator | Role.Party);
        exchange.MapPost("/lists", UploadAsync).Allow(Role.Mediator | Role.Party).RequireRateLimiting(PipelineSetup.WritesPolicy);
        exchange.MapGet("/reconcile", ReconcilePage).Allow(Role.Mediator);
        exchange.MapPost("/reconcile", StartReconcile).Allow(Role.Mediator).RequireRateLimiting(PipelineSetup.WritesPolicy);
        exchange.MapGet("/candidates", CandidatesPage).Allow(Role.Mediator | Role.Party);
        exchange.MapPost("/decisions", DecideAsync).Allow(Role.Mediator).RequireRateLimiting(PipelineSetup.WritesPolicy);
        exchange.MapPost("/review-items", DecideItemAsync).Allow(Role.Mediator).RequireRateLimiting(PipelineSetup.WritesPolicy);
        exchange.MapPost("/confirmations", ConfirmAsync).Allow(Role.Party).RequireRateLimiting(PipelineSetup.WritesPolicy);
        exchange.MapGet("/interviews", InterviewsPage).Allow(Role.Mediator | Role.Verifier);
        exchange.MapPost("/interviews", InterviewAsync).Allow(Role.Verifier).RequireRateLimiting(PipelineSetup.WritesPolicy);
        exchange.MapGet("/stages", StagesPage).Allow(Role.Mediator);
        exchange.MapPost("/stages", PlanStageAsync).Allow(Role.Mediator).RequireRateLimiting(PipelineSetup.WritesPolicy);
        exchange.MapGet("/receipts", ReceiptsPage).Allow(Role.Party);
        exchange.MapPost("/receipts", ReceiptAsync).Allow(Role.Party).RequireRateLimiting(PipelineSetup.WritesPolicy);
        exchange.MapPost("/schedule", ScheduleAsync).Allow(Role.Mediator).RequireRateLimiting(PipelineSetup.WritesPolicy);
        return routes;
    }

    /// <summary>Every form of the desk carries the antiforgery token of the session; a POST without it changes nothing.</summary>
    private static async ValueTask<object?> RequireFormToken(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            try
            {
                await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                return DeskResults.Message(context, StatusCodes.Status400BadRequest, "desk.msg.form",
                    "the form is missing its antiforgery token, or the token is not this session's (field '__form'): open the page again and send the form from there. Nothing was changed.",
                    back: "/desk");
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return TooLarge(context);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                return DeskResults.Message(context, StatusCodes.Status400BadRequest, "desk.msg.form",
                    "the form could not be read (" + e.Message + "). Nothing was changed.", back: "/desk");
            }
        }
        return await next(invocation);
    }

    private static IResult TooLarge(HttpContext context) =>
        DeskResults.Message(context, StatusCodes.Status413PayloadTooLarge, "desk.msg.too-large",
            $"an upload may be at most {context.RequestServices.GetRequiredService<ServerOptions>().MaxBodyBytes:N0} bytes; split the list into several files. Nothing was changed.",
            back: "/desk");

    private static IResult SignInForm(HttpContext context) =>
        DeskResults.Page<SignInPage>(context, new() { [nameof(SignInPage.Problem)] = null });

    private static async Task<IResult> SignInAsync(HttpContext context, TokenStore tokens)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var token = form["token"].ToString().Trim();
        if (token.Length == 0 || tokens.Find(token) is not { } caller)
        {
            return DeskResults.Page<SignInPage>(context, new() { [nameof(SignInPage.Problem)] = Texts.Get("desk.signin.unknown", DeskLanguage.Of(context)) },
                StatusCodes.Status401Unauthorized);
        }
        if ((caller.Role & Desk) == 0)
        {
            return DeskResults.Page<SignInPage>(context, new() { [nameof(SignInPage.Problem)] = Texts.Format("desk.signin.no-desk", DeskLanguage.Of(context), new TextArgument("role", caller.RoleName)) },
                StatusCodes.Status403Forbidden);
        }
        await context.SignInAsync(DeskCookie.SchemeName, caller.ToPrincipal(DeskCookie.SchemeName),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
        return DeskResults.SeeOtherTo("/desk");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(DeskCookie.SchemeName);
        return DeskResults.SeeOtherTo(DeskCookie.SignInPath);
    }

    private static IResult Home(HttpContext context, ParleyStore store)
    {
        var caller = context.Caller();
        var exchanges = store.State.Exchanges.Values
            .Where(x => caller.Role != Role.Party || x.SideOf(caller.Party ?? "") is not null)
            .ToList();
        return DeskResults.Page<HomePage>(context, new() { [nameof(HomePage.Exchanges)] = exchanges });
    }
}
