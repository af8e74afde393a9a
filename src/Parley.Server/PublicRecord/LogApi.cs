using Parley.Ledger.Tiles;
using Parley.Server.Access;
using Parley.Server.Problems;
using Parley.Store.PublicRecord;

namespace Parley.Server.PublicRecord;

/// <summary>
/// The public record over HTTP in the C2SP tlog-tiles layout (https://c2sp.org/tlog-tiles): <c>/log/checkpoint</c>, hash
/// tiles <c>/log/tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c> and entry bundles <c>/log/tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>,
/// so that anyone can verify the record against a running server. Full tiles never change and are cached as immutable.
/// <c>/log/checkpoint</c> is the witnessed checkpoint with its cosignatures (https://c2sp.org/tlog-cosignature),
/// <c>/log/latest-checkpoint</c> the newest one for witnesses to cosign, <c>POST /log/cosignatures</c> takes their
/// cosignatures back, and <c>/log/log.pub</c> is the log's verifier key, as a convenience (docs/public-record.md §5, §9).
/// </summary>
public static class LogApi
{
    public static IEndpointRouteBuilder MapLogApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/log").WithTags("Public record").AllowEveryone();
        group.MapGet("/" + TilePublisher.CheckpointFile, IResult (HttpContext context, PublicLog log) =>
                Checkpoint(context, log.WitnessedCheckpointNote(), log))
            .WithSummary("The witnessed checkpoint: a C2SP signed note with the log's signature and its witnesses' cosignatures")
            .WithDescription("The largest checkpoint cosigned by every witness registered within it; the newest one while the log has no witnesses.");
        group.MapGet("/" + TilePublisher.LatestCheckpointFile, IResult (HttpContext context, PublicLog log) =>
                Checkpoint(context, log.LatestCosignedCheckpointNote(), log))
            .WithSummary("The newest checkpoint, with the cosignatures it has so far: what witnesses cosign");
        group.MapGet("/" + TilePublisher.VerifierKeyFile, IResult (HttpContext context, LogVerifierKey key) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=3600";
                return TypedResults.Text(key.Text + "\n", "text/plain; charset=utf-8");
            })
            .WithSummary("The log's verifier key (a convenience: trust a key you got another way)");
        group.MapGet("/tile/{**path}", IResult (string path, HttpContext context, PublicLog log) =>
            {
                Tile tile;
                byte[] content;
                try
                {
                    var entries = path.StartsWith("entries/", StringComparison.Ordinal);
                    tile = entries ? Tile.ParseEntriesPath("tile/" + path) : Tile.ParsePath("tile/" + path);
                    content = entries ? log.ReadEntryBundle(tile) : log.ReadTile(tile);
                }
                catch (Exception e) when (e is TilePathException or ArgumentException)
                {
                    return Problem.NotFound($"no tile at '{path}': {e.Message}");
                }
                context.Response.Headers.CacheControl = tile.IsPartial ? "public, max-age=60" : "public, max-age=31536000, immutable";
                return TypedResults.Bytes(content, "application/octet-stream");
            })
            .WithSummary("A hash tile or an entry bundle (tlog-tiles paths)");
        group.MapPost("/cosignatures", CosignaturesEndpoint.SubmitAsync)
            .WithSummary("Submit a witness's cosignature of a checkpoint this log issued (the note 'parley cosign' prints)")
            .WithDescription("Anyone may send it: only a valid cosignature/v1 by a witness key registered in the log is kept. Body: the cosigned checkpoint note as text (any content type). 400: not a cosigned checkpoint or a bad signature; 403: not a witness of this log; 409: a checkpoint the log never issued.")
            .RequireRateLimiting(Pipeline.PipelineSetup.WritesPolicy);
        return routes;
    }

    private static IResult Checkpoint(HttpContext context, string? note, PublicLog log)
    {
        if (note is null)
        {
            return Problem.NotFound(log.TreeSize == 0
                ? "the log is empty: there is no checkpoint yet"
                : $"no checkpoint is cosigned by all of the log's witnesses yet ({string.Join(", ", log.Witnesses().Select(w => w.Key.Name))}); the newest is at /log/{TilePublisher.LatestCheckpointFile}");
        }
        context.Response.Headers.CacheControl = "public, max-age=2";
        return TypedResults.Text(note, "text/plain; charset=utf-8");
    }
}
