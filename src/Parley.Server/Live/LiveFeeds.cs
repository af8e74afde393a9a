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

    /// <summary>The key events only, as Atom: a newsroom's alert feed (the same entries, fewer of them).</summary>
    public static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> KeyAtom(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, LiveFragments html, PublicAddress address) =>
        Feed(id, context, hub, store, address, "ka", "application/atom+xml; charset=utf-8",
            (page, title, language, baseUrl) => FeedRenderer.Atom(page, title, language, baseUrl, html, "key-events"), keyOnly: true);

    /// <summary>The key events only, as JSON Feed 1.1.</summary>
    public static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> KeyJson(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, LiveFragments html, PublicAddress address) =>
        Feed(id, context, hub, store, address, "kj", "application/feed+json; charset=utf-8",
            (page, title, language, baseUrl) => FeedRenderer.Json(page, title, language, baseUrl, html, file: "key-events"), keyOnly: true);

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Feed(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, PublicAddress address, string tag, string contentType,
        Func<Core.Broadcast.Live.LivePage, string, string, string, byte[]> render, bool keyOnly = false)
    {
        if (hub.Page(id) is not { } whole)
        {
            return Problem.NotFound($"there is no live page '{id}'");
        }
        // A key-events feed is the page with its other entries left out (corrections are still found by id).
        var page = keyOnly ? whole with { Entries = [.. whole.Entries.Where(e => e.Key)] } : whole;
        var language = Language.Of(context.Request);
        if (LiveCaching.NotModified(context, $"\"{tag}{page.Version}-{language}\""))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var title = LiveView.Of(page, store.State, language).Title + (keyOnly ? " · " + Texts.Get("key.events", language) : "");
        return TypedResults.Bytes(render(page, title, language, address.Base), contentType);
    }
}
