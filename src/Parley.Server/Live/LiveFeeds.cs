using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Broadcast.Live;
using Parley.Server.Feasibility;
using Parley.Server.Pipeline;
using Parley.Server.Problems;
using Parley.Store.Domain;

namespace Parley.Server.Live;

/// <summary>A live page's feeds for media: Atom (RFC 4287) and JSON Feed 1.1, rendered by <see cref="FeedRenderer"/>, their links made
/// from the configured public address (<see cref="PublicAddress"/>), never from the client's Host.</summary>
internal static class LiveFeeds
{
    public static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Atom(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, LiveFragments html, PublicAddress address) =>
        Feed(id, context, hub, store, address, "a", "application/atom+xml; charset=utf-8", (page, title, language, baseUrl) => FeedRenderer.Atom(page, title, language, baseUrl, html));

    public static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Json(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, LiveFragments html, PublicAddress address, FeasibilityReports feasibility) =>
        Feed(id, context, hub, store, address, "j", "application/feed+json; charset=utf-8", (page, title, language, baseUrl) =>
            FeedRenderer.Json(page, title, language, baseUrl, html, page.Kind == LivePageKind.Exchange ? FeasibilityJson.Extension(feasibility.Of(page.Live), hub.Through) : null));

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Feed(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, PublicAddress address, string tag, string contentType,
        Func<Core.Broadcast.Live.LivePage, string, string, string, byte[]> render)
    {
        if (hub.Page(id) is not { } page)
        {
            return Problem.NotFound($"there is no live page '{id}'");
        }
        var language = Language.Of(context.Request);
        if (LiveCaching.NotModified(context, $"\"{tag}{page.Version}-{language}\""))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var title = LiveView.Of(page, store.State, language).Title;
        return TypedResults.Bytes(render(page, title, language, address.Base), contentType);
    }
}
