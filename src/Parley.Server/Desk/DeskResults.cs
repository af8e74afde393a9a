using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Import;
using Parley.Server.Access;
using Parley.Server.Desk.Pages;

namespace Parley.Server.Desk;

/// <summary>What every desk page needs besides its own content: who is signed in, the form token, and what just happened.</summary>
public sealed record DeskFrame(Caller Caller, string FormToken, string? Notice)
{
    /// <summary>The short notices a redirect after a form may name (<c>?done=</c>); anything else is ignored.</summary>
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["uploaded"] = "The list was added.",
        ["reconciling"] = "Reconciliation has started.",
        ["accepted"] = "The pair was accepted; the receiving party is asked to confirm it.",
        ["rejected"] = "The pair was rejected.",
        ["confirmed"] = "You confirmed the match.",
        ["refused"] = "You refused the match.",
        ["interviewed"] = "The interview was recorded.",
        ["planned"] = "The stage was planned.",
        ["scheduled"] = "The people were scheduled into the stage.",
    };

    public static DeskFrame Of(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var done = context.Request.Query["done"].ToString();
        return new DeskFrame(context.Caller(), tokens.RequestToken ?? "", Notices.GetValueOrDefault(done));
    }

    public string FieldName => DeskCookie.AntiforgeryFieldName;
}

/// <summary>The desk's answers: a page, or a message page with a status and (for a list) its errors by row and column.</summary>
internal static class DeskResults
{
    public static IResult Page<TPage>(HttpContext context, Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK) where TPage : IComponent
    {
        parameters["Frame"] = DeskFrame.Of(context);
        return new RazorComponentResult<TPage>(parameters) { StatusCode = status };
    }

    public static IResult Message(HttpContext context, int status, string title, string detail, IReadOnlyList<ImportError>? errors = null, string? file = null, string? back = null) =>
        Page<MessagePage>(context, new()
        {
            [nameof(MessagePage.Heading)] = title,
            [nameof(MessagePage.Detail)] = detail,
            [nameof(MessagePage.Errors)] = errors,
            [nameof(MessagePage.File)] = file,
            [nameof(MessagePage.Back)] = back,
        }, status);

    public static IResult Forbidden(HttpContext context, string detail) =>
        Message(context, StatusCodes.Status403Forbidden, "Your role may not do this.", detail, back: "/desk");

    public static IResult NotFound(HttpContext context, string detail) =>
        Message(context, StatusCodes.Status404NotFound, "There is no such thing in the record.", detail, back: "/desk");

    /// <summary>After a form: back to a page (303, so a reload does not send the form again), with what happened.</summary>
    public static IResult Done(string path, string notice) =>
        new SeeOther($"{path}{(path.Contains('?') ? '&' : '?')}done={notice}");

    /// <summary>303 to a page, with nothing to say.</summary>
    public static IResult SeeOtherTo(string path) => new SeeOther(path);

    /// <summary>303 See Other: the answer to a form is fetched with GET.</summary>
    private sealed class SeeOther(string url) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = url;
            return Task.CompletedTask;
        }
    }
}
