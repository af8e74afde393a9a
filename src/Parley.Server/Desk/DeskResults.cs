using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Broadcast.Live;
using Parley.Import;
using Parley.Server.Access;
using Parley.Server.Desk.Pages;
using Parley.Server.Live;

namespace Parley.Server.Desk;

/// <summary>What every desk page needs besides its own content: who is signed in, the form token, what just happened, and the reader's language.</summary>
public sealed record DeskFrame(Caller Caller, string FormToken, string? Notice, string Language, string Path)
{
    /// <summary>The short notices a redirect after a form may name (<c>?done=</c>); anything else is ignored.</summary>
    private static readonly HashSet<string> Notices = new(StringComparer.Ordinal)
    {
        "uploaded", "reconciling", "accepted", "rejected", "confirmed", "refused", "interviewed", "planned", "scheduled",
    };

    public static DeskFrame Of(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var done = context.Request.Query["done"].ToString();
        var language = DeskLanguage.Of(context);
        return new DeskFrame(context.Caller(), tokens.RequestToken ?? "", Notices.Contains(done) ? Texts.Get("desk.notice." + done, language) : null,
            language, context.Request.Path.Value ?? "/desk");
    }

    public string FieldName => DeskCookie.AntiforgeryFieldName;

    /// <summary>A text of the desk in the reader's language (Live/Texts.resx, keys <c>desk.*</c>).</summary>
    public string T(string key) => Texts.Get(key, Language);

    /// <summary>A text with its named values put in.</summary>
    public string F(string key, params ReadOnlySpan<TextArgument> arguments) => Texts.Format(key, Language, arguments);

    /// <summary>A whole number grouped the reader's way.</summary>
    public string N(long n) => n.ToString("N0", Live.Language.Culture(Language));
}

/// <summary>The desk's answers: a page, or a message page with a status and (for a list) its errors by row and column.</summary>
internal static class DeskResults
{
    public static IResult Page<TPage>(HttpContext context, Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK) where TPage : IComponent
    {
        parameters["Frame"] = DeskFrame.Of(context);
        return new RazorComponentResult<TPage>(parameters) { StatusCode = status };
    }

    /// <summary>A message page; <paramref name="title"/> is the key of its heading (<c>desk.msg.*</c>).</summary>
    public static IResult Message(HttpContext context, int status, string title, string detail, IReadOnlyList<ImportError>? errors = null, string? file = null, string? back = null) =>
        Page<MessagePage>(context, new()
        {
            [nameof(MessagePage.Heading)] = Texts.Get(title, DeskLanguage.Of(context)),
            [nameof(MessagePage.Detail)] = detail,
            [nameof(MessagePage.Errors)] = errors,
            [nameof(MessagePage.File)] = file,
            [nameof(MessagePage.Back)] = back,
        }, status);

    public static IResult Forbidden(HttpContext context, string detail) =>
        Message(context, StatusCodes.Status403Forbidden, "desk.msg.not-permitted", detail, back: "/desk");

    public static IResult NotFound(HttpContext context, string detail) =>
        Message(context, StatusCodes.Status404NotFound, "desk.msg.not-found", detail, back: "/desk");

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
