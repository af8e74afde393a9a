using Parley.Ledger.Tiles;
using Parley.Server.Access;
using Parley.Server.Problems;
using Parley.Store.PublicRecord;

namespace Parley.Server.PublicRecord;

/// <summary>
/// The public record over HTTP in the C2SP tlog-tiles layout (https://c2sp.org/tlog-tiles): <c>/log/checkpoint</c>, hash
/// tiles <c>/log/tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c> and entry bundles <c>/log/tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>,
/// so that anyone can verify the record against a running server. Full tiles never change and are cached as immutable.
/// </summary>
public static class LogApi
{
    public static IEndpointRouteBuilder MapLogApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/log").WithTags("Public record").AllowEveryone();
        group.MapGet("/checkpoint", IResult (HttpContext context, PublicLog log) =>
            {
                if (log.LatestCheckpointNote() is not { } note)
                {
                    return Problem.NotFound("the log is empty: there is no checkpoint yet");
                }
                context.Response.Headers.CacheControl = "public, max-age=2";
                return TypedResults.Text(note, "text/plain; charset=utf-8");
            })
            .WithSummary("The latest signed checkpoint (a C2SP signed note)");
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
        return routes;
    }
}
