using System.Collections.Immutable;
using System.Globalization;
using NodaTime.Text;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Server.Access;
using Parley.Server.Api;
using Parley.Server.Desk.Pages;
using Parley.Server.Views;
using Parley.Store.Domain;

namespace Parley.Server.Desk;

// The pages and forms of one exchange.
public static partial class DeskApi
{
    /// <summary>Candidates shown on one page of the candidates list.</summary>
    public const int CandidatesPerPage = 50;

    /// <summary>Entries shown on one page of a list.</summary>
    public const int EntriesPerPage = 200;

    private static string PathOf(string exchange, string? page = null) =>
        $"/desk/exchanges/{Uri.EscapeDataString(exchange)}{(page is null ? "" : "/" + page)}";

    /// <summary>
    /// Every page and form of an exchange starts here (an endpoint filter on the group): the caller's view of the
    /// exchange for the handler (<see cref="AccessOf"/>), or the page that says why there is none.
    /// </summary>
    private static ValueTask<object?> OpenExchange(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var (access, refusal) = Open(context, context.RequestServices.GetRequiredService<ParleyStore>(), context.GetRouteValue("exchange") as string ?? "");
        if (access is null)
        {
            return ValueTask.FromResult<object?>(refusal);
        }
        context.Items[typeof(ExchangeAccess)] = access;
        return next(invocation);
    }

    /// <summary>The caller's view of the exchange of this request, as <see cref="OpenExchange"/> found it.</summary>
    private static ExchangeAccess AccessOf(HttpContext context) => (ExchangeAccess)context.Items[typeof(ExchangeAccess)]!;

    /// <summary>The caller's view of an exchange, or the page that says why there is none (404, or 403 for a party that is not a side).</summary>
    private static (ExchangeAccess? Access, IResult? Refusal) Open(HttpContext context, ParleyStore store, string exchange)
    {
        if (store.State.Exchanges.GetValueOrDefault(exchange) is not { } x)
        {
            return (null, DeskResults.NotFound(context, $"there is no exchange '{exchange}'"));
        }
        var access = new ExchangeAccess(context.Caller(), x);
        return access.Caller.Role == Role.Party && access.PartySide is null
            ? (null, DeskResults.Forbidden(context, $"party {access.Caller.Party} is not a side of exchange '{x.Id}'"))
            : (access, null);
    }

    private static IResult ExchangePage(string exchange, HttpContext context, ParleyStore store, ReconcileJobs jobs)
    {
        var access = AccessOf(context);
        var matching = store.State.MatchingOf(exchange);
        return DeskResults.Page<ExchangePage>(context, new()
        {
            [nameof(Pages.ExchangePage.Access)] = access,
            [nameof(Pages.ExchangePage.Directions)] = ExchangeViews.Lists(access),
            [nameof(Pages.ExchangePage.Job)] = access.IsMediator ? jobs.Status(exchange) : null,
            [nameof(Pages.ExchangePage.AwaitingDecision)] = matching.Pairs.Values.Count(p => p.AwaitsDecision),
            [nameof(Pages.ExchangePage.AwaitingConfirmation)] = matching.Pairs.Values.Count(p => p.AwaitsConfirmation
                && access.Exchange.Persons.GetValueOrDefault(p.Candidate.Right) is { } person && access.SeesCandidatesOf(person.Side)),
        });
    }

    private static IResult ListPage(string holder, string list, int? page, HttpContext context)
    {
        var access = AccessOf(context);
        if (holder is not ("A" or "B") || list is not ("request" or "offer"))
        {
            return DeskResults.NotFound(context, "a list is named by the side that holds its direction (A or B) and its kind (request or offer)");
        }
        var direction = ExchangeViews.Lists(access).Single(d => d.Holder.ToString() == holder);
        return DeskResults.Page<ListPage>(context, new()
        {
            [nameof(Pages.ListPage.Access)] = access,
            [nameof(Pages.ListPage.Direction)] = direction,
            [nameof(Pages.ListPage.Kind)] = list,
            [nameof(Pages.ListPage.PageNumber)] = Math.Max(1, page ?? 1),
        });
    }

    private static async Task<IResult> UploadAsync(string exchange, HttpContext context, CommandGate gate)
    {
        var access = AccessOf(context);
        var back = PathOf(exchange);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var party = form["party"].ToString() is { Length: > 0 } named ? named : access.PartySide is { } own ? access.Exchange.PartyOf(own) : "";
        if (access.Exchange.SideOf(party) is null)
        {
            return BadForm(context, "party", $"choose the party whose list this is: {access.Exchange.SideA} or {access.Exchange.SideB}", back);
        }
        if (form["list"].ToString() is not ("request" or "offer") || !Enum.TryParse<ListKind>(form["list"], ignoreCase: true, out var kind))
        {
            return BadForm(context, "list", "choose the list: request (the people the party asks back) or offer (the people it proposes to release)", back);
        }
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return BadForm(context, "file", "choose a list file (CSV or XLSX, or a signed list from `parley sign`)", back);
        }
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, context.RequestAborted);
            bytes = buffer.ToArray();
        }
        ListUpload.Upload upload;
        try
        {
            upload = ListUpload.Read(file.FileName, bytes, exchange, party, kind);
        }
        catch (UploadException e)
        {
            return Refused(context, e, StatusCodes.Status400BadRequest, back);
        }
        var outcome = await gate.ExecuteAsync(upload.Command, context.Caller(), context.RequestAborted);
        if (!outcome.Accepted)
        {
            return Refused(context, ListUpload.Rejected(file.FileName, upload, outcome.Rejection!), StatusOf(outcome.Rejection!), back);
        }
        return DeskResults.Done(back, "uploaded");
    }

    private static IResult Refused(HttpContext context, UploadException e, int status, string back) =>
        DeskResults.Message(context, status, "desk.msg.not-added",
            $"{e.Errors.Count} problem{(e.Errors.Count == 1 ? "" : "s")} in {e.File}{(e.Truncated ? " (and more)" : "")}; nothing of the file was recorded. Fix the file and upload it again.",
            e.Errors, e.File, back);

    private static IResult StartReconcile(string exchange, HttpContext context, ReconcileJobs jobs)
    {
        var access = AccessOf(context);
        jobs.Start(exchange, access.Caller);
        return DeskResults.Done(PathOf(exchange, "reconcile"), "reconciling");
    }

    private static IResult ReconcilePage(string exchange, HttpContext context, ReconcileJobs jobs)
    {
        var access = AccessOf(context);
        return DeskResults.Page<ReconcilePage>(context, new()
        {
            [nameof(Pages.ReconcilePage.Access)] = access,
            [nameof(Pages.ReconcilePage.Job)] = jobs.Status(exchange),
        });
    }

    private static IResult CandidatesPage(string exchange, string? state, int? page, HttpContext context, ParleyStore store, ReconcileJobs jobs)
    {
        var access = AccessOf(context);
        var all = ExchangeViews.Candidates(access, store.State, key => jobs.Evidence(exchange, key));
        var shown = state ?? (access.IsMediator ? "awaiting-decision" : "awaiting-confirmation");
        return DeskResults.Page<CandidatesPage>(context, new()
        {
            [nameof(Pages.CandidatesPage.Access)] = access,
            [nameof(Pages.CandidatesPage.All)] = all,
            [nameof(Pages.CandidatesPage.Shown)] = shown,
            [nameof(Pages.CandidatesPage.PageNumber)] = Math.Max(1, page ?? 1),
        });
    }

    private static async Task<IResult> DecideAsync(string exchange, HttpContext context, CommandGate gate)
    {
        var back = PathOf(exchange, "candidates");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["verdict"].ToString() is not ("accept" or "reject") || !Enum.TryParse<MatchVerdict>(form["verdict"], ignoreCase: true, out var verdict))
        {
            return BadForm(context, "verdict", "a decision is accept or reject", back);
        }
        var why = form["why"].ToString() is { Length: > 0 } given ? given : verdict == MatchVerdict.Accept ? "accepted on the desk" : "rejected on the desk";
        var command = new DecideMatch(exchange, form["request"].ToString(), form["offer"].ToString(), verdict, why);
        return await SubmitAsync(context, gate, command, back + (form["state"].ToString() is { Length: > 0 } s ? "?state=" + Uri.EscapeDataString(s) : ""),
            verdict == MatchVerdict.Accept ? "accepted" : "rejected");
    }

    /// <summary>
    /// A review item as the page showed it (<c>item-request</c>/<c>item-offer</c>, pair by pair): accept the pair
    /// <c>request</c>/<c>offer</c>, which rejects its rivals, or reject them all — one command, so nothing half-applies.
    /// </summary>
    private static async Task<IResult> DecideItemAsync(string exchange, HttpContext context, CommandGate gate)
    {
        var back = PathOf(exchange, "candidates");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["verdict"].ToString() is not ("accept" or "reject") || !Enum.TryParse<MatchVerdict>(form["verdict"], ignoreCase: true, out var verdict))
        {
            return BadForm(context, "verdict", "a decision is accept (this pair, rejecting its rivals) or reject (them all)", back);
        }
        var requests = form["item-request"];
        var offers = form["item-offer"];
        if (requests.Count == 0 || requests.Count != offers.Count)
        {
            return BadForm(context, "item-request", "the item's pairs come as item-request and item-offer, one of each per pair", back);
        }
        var pairs = requests.Zip(offers, (r, o) => new PairKey(r ?? "", o ?? "")).ToImmutableList();
        PairKey? accept = verdict == MatchVerdict.Accept ? new PairKey(form["request"].ToString(), form["offer"].ToString()) : null;
        var why = form["why"].ToString() is { Length: > 0 } given ? given : verdict == MatchVerdict.Accept ? "accepted on the desk" : "rejected on the desk";
        return await SubmitAsync(context, gate, new DecideReviewItem(exchange, pairs, accept, why), back,
            verdict == MatchVerdict.Accept ? "accepted" : "rejected");
    }

    private static async Task<IResult> ConfirmAsync(string exchange, HttpContext context, CommandGate gate)
    {
        var back = PathOf(exchange, "candidates");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["verdict"].ToString() is not ("confirm" or "refuse") || !Enum.TryParse<ConfirmationVerdict>(form["verdict"], ignoreCase: true, out var verdict))
        {
            return BadForm(context, "verdict", "an answer is confirm or refuse", back);
        }
        var why = form["why"].ToString() is { Length: > 0 } given ? given : null;
        var command = new ConfirmMatch(exchange, form["request"].ToString(), form["offer"].ToString(), verdict, why);
        return await SubmitAsync(context, gate, command, back, verdict == ConfirmationVerdict.Confirm ? "confirmed" : "refused");
    }

    private static IResult InterviewsPage(HttpContext context, InterviewJournal journal)
    {
        var access = AccessOf(context);
        return DeskResults.Page<InterviewsPage>(context, new()
        {
            [nameof(Pages.InterviewsPage.Access)] = access,
            [nameof(Pages.InterviewsPage.People)] = ExchangeViews.Interviews(access, journal),
        });
    }

    private static async Task<IResult> InterviewAsync(string exchange, HttpContext context, CommandGate gate)
    {
        var back = PathOf(exchange, "interviews");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        InterviewOutcome? outcome = form["outcome"].ToString() switch
        {
            "confirmed" => InterviewOutcome.Confirmed,
            "declined" => InterviewOutcome.Declined,
            "not-interviewed" => InterviewOutcome.NotInterviewed,
            _ => null,
        };
        if (outcome is null)
        {
            return BadForm(context, "outcome", "an outcome is confirmed, declined or not-interviewed", back);
        }
        var note = form["note"].ToString() is { Length: > 0 } given ? given : null;
        return await SubmitAsync(context, gate, new RecordInterview(exchange, [form["person"].ToString()], outcome.Value, note), back, "interviewed");
    }

    private static IResult StagesPage(HttpContext context)
    {
        var access = AccessOf(context);
        return DeskResults.Page<StagesPage>(context, new() { [nameof(Pages.StagesPage.Access)] = access });
    }

    private static async Task<IResult> PlanStageAsync(string exchange, HttpContext context, CommandGate gate)
    {
        var access = AccessOf(context);
        var back = PathOf(exchange, "stages");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (LocalDatePattern.Iso.Parse(form["date"].ToString()) is not { Success: true } date)
        {
            return BadForm(context, "date", "a date is written YYYY-MM-DD", back);
        }
        if (!int.TryParse(form["plannedA"], NumberStyles.None, CultureInfo.InvariantCulture, out var plannedA))
        {
            return BadForm(context, "plannedA", $"how many people {access.Exchange.SideA} releases in the stage, a whole number", back);
        }
        if (!int.TryParse(form["plannedB"], NumberStyles.None, CultureInfo.InvariantCulture, out var plannedB))
        {
            return BadForm(context, "plannedB", $"how many people {access.Exchange.SideB} releases in the stage, a whole number", back);
        }
        return await SubmitAsync(context, gate, new PlanStage(exchange, form["stage"].ToString(), date.Value, plannedA, plannedB), back, "planned");
    }

    private static async Task<IResult> ScheduleAsync(string exchange, HttpContext context, CommandGate gate)
    {
        var back = PathOf(exchange, "stages");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var persons = form["person"].Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToImmutableList();
        if (persons.Count == 0)
        {
            return BadForm(context, "person", "tick the verified people to schedule into the stage", back);
        }
        return await SubmitAsync(context, gate, new MovePersons(exchange, Movement.Schedule, persons, form["stage"].ToString()), back, "scheduled");
    }

    /// <summary>Sends a form's command to the writer: back to the page on success, else the rule it broke.</summary>
    private static async Task<IResult> SubmitAsync(HttpContext context, CommandGate gate, Command command, string back, string notice)
    {
        var outcome = await gate.ExecuteAsync(command, context.Caller(), context.RequestAborted);
        if (outcome.Accepted)
        {
            return DeskResults.Done(back, notice);
        }
        var rejection = outcome.Rejection!;
        var title = rejection switch
        {
            NotPermittedException => "desk.msg.not-permitted",
            RuleViolationException { Rule.Name: "known-reference" } => "desk.msg.not-found",
            RuleViolationException => "desk.msg.rule",
            _ => "desk.msg.bad-form",
        };
        return DeskResults.Message(context, StatusOf(rejection), title, rejection.Message + " Nothing was changed.", back: back);
    }

    private static int StatusOf(ParleyException rejection) => rejection switch
    {
        NotPermittedException => StatusCodes.Status403Forbidden,
        RuleViolationException v when v.Rule == DomainRule.KnownReference => StatusCodes.Status404NotFound,
        RuleViolationException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    private static IResult BadForm(HttpContext context, string field, string message, string back) =>
        DeskResults.Message(context, StatusCodes.Status400BadRequest, "desk.msg.bad-form", $"field '{field}': {message}. Nothing was changed.", back: back);
}
