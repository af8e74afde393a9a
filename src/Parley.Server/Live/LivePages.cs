using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Server.Live.Pages;
using Parley.Store.Domain;

namespace Parley.Server.Live;

/// <summary>The HTML pages of the live broadcast, Razor components rendered on the server (no JavaScript needed to read them).</summary>
internal static class LivePages
{
    public static Results<RazorComponentResult<IndexPage>, StatusCodeHttpResult> Index(HttpContext context, BroadcastHub hub, ParleyStore store)
    {
        var language = Language.Of(context.Request);
        if (LiveCaching.NotModified(context, $"\"i{hub.Through}-{language}\""))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return new RazorComponentResult<IndexPage>(new Dictionary<string, object?>
        {
            [nameof(IndexPage.State)] = store.State,
            [nameof(IndexPage.Language)] = language,
        });
    }

    public static Results<RazorComponentResult<LivePageView>, RazorComponentResult<NotFoundPage>, StatusCodeHttpResult> Page(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store)
    {
        var language = Language.Of(context.Request);
        if (hub.Page(id) is not { } page)
        {
            return new RazorComponentResult<NotFoundPage>(new Dictionary<string, object?>
            {
                [nameof(NotFoundPage.Live)] = id,
                [nameof(NotFoundPage.Language)] = language,
            })
            { StatusCode = StatusCodes.Status404NotFound };
        }
        var through = hub.Through;
        if (LiveCaching.NotModified(context, $"\"p{through}-{language}\""))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return new RazorComponentResult<LivePageView>(new Dictionary<string, object?>
        {
            [nameof(LivePageView.Page)] = page,
            [nameof(LivePageView.State)] = store.State,
            [nameof(LivePageView.Language)] = language,
            [nameof(LivePageView.Through)] = through,
        });
    }
}
