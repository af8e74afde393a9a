using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Rules;
using Parley.Core.Wire;
using Parley.Server.Access;
using Parley.Server.Api;
using Parley.Server.Pipeline;
using Parley.Server.Problems;
using Parley.Store.Serialization;

namespace Parley.Server.Live;

/// <summary>The live broadcast over HTTP: the index, the page, its event stream and feeds, and the press officer's entries.</summary>
public static class LiveApi
{
    public static IEndpointRouteBuilder MapLiveApi(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup("").WithTags("Live broadcast").AllowEveryone();
        pages.MapGet("/", LivePages.Index).CacheOutput(LiveCaching.PagesPolicy)
            .WithSummary("The rounds and exchanges, with links to their live pages").ExcludeFromDescription();
        pages.MapGet("/live", LivePages.Index).CacheOutput(LiveCaching.PagesPolicy)
            .WithSummary("The rounds and exchanges, with links to their live pages");
        pages.MapGet("/live/{id}", LivePages.Page).CacheOutput(LiveCaching.PagesPolicy).Embeddable()
            .WithSummary("The live page of a round or an exchange (HTML; works without JavaScript)");
        // The public's requests are answered on a short branch of the pipeline (EventStreamBranch); a token holder's come here.
        EventStreamBranch.Marks(pages.MapGet("/live/{id}/events", (string id, HttpContext context, EventStream stream) => stream.StreamAsync(id, context)))
            .WithSummary("Server-sent events: new entries as they happen; resume with Last-Event-ID")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        pages.MapGet("/live/{id}/feed.atom", LiveFeeds.Atom).CacheOutput(LiveCaching.FeedsPolicy)
            .WithSummary("The entries as an Atom feed (RFC 4287), with ETag");
        pages.MapGet("/live/{id}/feed.json", LiveFeeds.Json).CacheOutput(LiveCaching.FeedsPolicy)
            .WithSummary("The entries as a JSON Feed 1.1, with ETag");
        pages.MapGet("/live/{id}/key-events.atom", LiveFeeds.KeyAtom).CacheOutput(LiveCaching.FeedsPolicy)
            .WithSummary("The key events only, as an Atom feed (RFC 4287), with ETag");
        pages.MapGet("/live/{id}/key-events.json", LiveFeeds.KeyJson).CacheOutput(LiveCaching.FeedsPolicy)
            .WithSummary("The key events only, as a JSON Feed 1.1, with ETag");

        routes.MapPost("/api/live/{live}/entries", PostEntryAsync)
            .WithTags("Live broadcast")
            .WithSummary("Post a press entry (Markdown; raw HTML is not rendered); 'corrects' names the entry it corrects")
            .Accepts<EntryRequest>("application/json")
            .RequireRateLimiting(Pipeline.PipelineSetup.WritesPolicy)
            .Allow(Role.Press);
        return routes;
    }

    internal static async Task<Results<Created<PostedEntry>, ValidationProblem, ProblemHttpResult>> PostEntryAsync(
        string live, HttpContext context, CommandGate gate, ServerOptions options, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await BodyReader.ReadAsync(context.Request, options.MaxBodyBytes, cancellationToken);
        }
        catch (BodyTooLargeException e)
        {
            return Problem.TooLarge(e.Limit);
        }
        JsonObject request;
        try
        {
            request = JsonNode.Parse(body) as JsonObject ?? throw new CommandFormatException("the body must be a JSON object with 'markdown'", "body");
            foreach (var reserved in new[] { "command", "id", "live" })
            {
                if (request.ContainsKey(reserved))
                {
                    throw new CommandFormatException($"field '{reserved}' is set by the server, not the request", reserved);
                }
            }
        }
        catch (JsonException e)
        {
            return Problem.BadField("body", "malformed JSON: " + e.Message.Split(" Path:")[0]);
        }
        catch (CommandFormatException e)
        {
            return Problem.BadField(e.Field ?? "body", e.Message);
        }
        var id = $"e-{DateTime.UtcNow:yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        request["command"] = WireTypes.NameOf<Core.Commands.PostEntry>();
        request["id"] = id;
        request["live"] = live;
        Core.Commands.Command command;
        try
        {
            command = CommandText.Parse(request.ToJsonString());
        }
        catch (CommandFormatException e)
        {
            return Problem.BadField(e.Field ?? "body", e.Message);
        }
        var outcome = await gate.ExecuteAsync(command, context.Caller(), cancellationToken);
        if (!outcome.Accepted)
        {
            return outcome.Rejection switch
            {
                RuleViolationException v => Problem.RuleBroken(v),
                NotPermittedException n => Problem.NotPermitted(n),
                InvalidFieldException f => Problem.BadField(f.Field, f.Message),
                var other => Problem.BadField("body", other?.Message ?? "rejected"),
            };
        }
        return TypedResults.Created($"/live/{Uri.EscapeDataString(live)}#e-{id}", new PostedEntry(id, live, outcome.FirstSequence));
    }
}

/// <summary>A press entry: Markdown, whether it is a key event, and the entry it corrects if it is a correction.</summary>
public sealed record EntryRequest(string Markdown, bool? Key, string? Corrects);

/// <summary>The posted entry: its id, its live page, and its log sequence number (its SSE event id).</summary>
public sealed record PostedEntry(string Id, string Live, long Sequence);
