using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;
using Parley.Server.Tests.Support;
using Parley.Store.Backup;

namespace Parley.Server.Tests.Families;

/// <summary>
/// Issue 13, part 2 over HTTP: erasing an exchange's personal data changes nothing a reader of the public outputs can
/// see. The feeds, the live pages' figures and the public record's tiles are the same bytes before and after the erasure
/// (and after a restart over a backup made afterwards, where every projection is rebuilt from the erased log), and the
/// new checkpoint still verifies and is consistent with the one before.
/// </summary>
public sealed partial class ErasurePublicOutputTests
{
    private const string May = "may-2025";

    private static readonly string[] Languages = ["en", "uk", "ru", "tr"];

    /// <summary>What every reader may fetch about an exchange, in every language where the path has one.</summary>
    private static IEnumerable<string> PublicPaths(string exchange) =>
        Languages.SelectMany(l => new[]
        {
            $"/live/{exchange}/feed.atom?lang={l}",
            $"/live/{exchange}/feed.json?lang={l}",
            $"/live/{exchange}/key-events.atom?lang={l}",
            $"/live/{exchange}/key-events.json?lang={l}",
            $"/live/{exchange}/counter.svg?lang={l}",
        }).Concat([$"/api/exchanges/{exchange}/lists", $"/api/exchanges/{exchange}/feasibility"]);

    [Fact]
    public async Task erasing_the_may_exchange_leaves_every_public_feed_figure_and_tile_byte_for_byte_the_same_and_the_record_verifies()
    {
        await using var server = await RunningServer.StartAsync(demo: true);
        using var reader = server.Client();
        var exchanges = (await Read(reader, "/api/exchanges")).Json.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Contains(May, exchanges);
        var paths = exchanges.SelectMany(PublicPaths).ToList();
        var before = await Snapshot(reader, paths);
        Assert.All(PublicPaths(May), path => Assert.True(before[path].Status == HttpStatusCode.OK, $"{path}: {(int)before[path].Status}"));
        var figuresBefore = await Figures(reader, exchanges);
        var logKey = NoteVerifier.Parse((await reader.Text("/log/log.pub")).Trim());
        var oldCheckpoint = Checkpoint.ParseVerified(Note.Parse(await reader.Text("/log/checkpoint")), [logKey]);
        var oldTiles = await Tiles(reader, TileLayout.TilesFor(oldCheckpoint.Size), entries: false);
        var oldBundles = await Tiles(reader, TileLayout.EntryBundlesBetween(0, oldCheckpoint.Size), entries: true);
        Assert.Equal(oldCheckpoint.RootHash, new MerkleTree(new TileHashReader(oldCheckpoint.Size, t => oldTiles[t])).RootAt(oldCheckpoint.Size));

        using (var erased = await server.Client("mediator").PostJson("/api/commands", $$"""{"command":"erase-exchange","exchange":"{{May}}"}"""))
        {
            Assert.True(erased.StatusCode == HttpStatusCode.OK, $"erasing: {(int)erased.StatusCode} {await erased.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
        Assert.NotNull(server.Store.State.Exchanges[May].Erasure);

        AssertSame(before, await Snapshot(reader, paths), "after the erasure");
        AssertSameFigures(figuresBefore, await Figures(reader, exchanges));
        var newCheckpoint = Checkpoint.ParseVerified(Note.Parse(await reader.Text("/log/checkpoint")), [logKey]);
        Assert.True(newCheckpoint.Size > oldCheckpoint.Size, "the erasure is itself an entry of the public record");
        var newTiles = await Tiles(reader, TileLayout.TilesFor(newCheckpoint.Size), entries: false);
        var tree = new MerkleTree(new TileHashReader(newCheckpoint.Size, t => newTiles[t]));
        Assert.Equal(newCheckpoint.RootHash, tree.RootAt(newCheckpoint.Size));
        Assert.Equal(oldCheckpoint.RootHash, tree.RootAt(oldCheckpoint.Size));
        Assert.True(MerkleProof.VerifyConsistency(oldCheckpoint.Size, newCheckpoint.Size, oldCheckpoint.RootHash, newCheckpoint.RootHash,
            tree.ConsistencyProof(oldCheckpoint.Size, newCheckpoint.Size)), "the checkpoint after the erasure extends the one before");
        AssertSameTiles(oldTiles, await Tiles(reader, [.. oldTiles.Keys], entries: false));
        AssertSameTiles(oldBundles, await Tiles(reader, [.. oldBundles.Keys], entries: true));

        // A restart over a backup made afterwards rebuilds every projection from the erased log: still the same bytes.
        var backup = DatabaseBackup.Create(server.App.Services.GetRequiredService<ServerOptions>().DatabasePath, Path.Combine(Path.GetTempPath(), $"parley-erased-{Guid.NewGuid():N}.db"), withKey: true);
        try
        {
            await using var restarted = await RunningServer.StartAsync(demo: false, o => o with { DatabasePath = backup.Path });
            using var fresh = restarted.Client();
            AssertSame(before, await Snapshot(fresh, paths), "after a restart over a backup made after the erasure");
            AssertSameFigures(figuresBefore, await Figures(fresh, exchanges));
            Assert.Equal(newCheckpoint, Checkpoint.ParseVerified(Note.Parse(await fresh.Text("/log/checkpoint")), [logKey]));
            AssertSameTiles(oldTiles, await Tiles(fresh, [.. oldTiles.Keys], entries: false));
        }
        finally
        {
            File.Delete(backup.Path);
            File.Delete(backup.KeyPath!);
        }
    }

    private static async Task<(HttpStatusCode Status, byte[] Body, JsonElement Json)> Read(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && body.Length > 0
            ? JsonDocument.Parse(body).RootElement.Clone()
            : default;
        return (response.StatusCode, body, json);
    }

    private static async Task<Dictionary<string, (HttpStatusCode Status, byte[] Body)>> Snapshot(HttpClient client, IEnumerable<string> paths)
    {
        var snapshot = new Dictionary<string, (HttpStatusCode, byte[])>();
        foreach (var path in paths)
        {
            var (status, body, _) = await Read(client, path);
            snapshot[path] = (status, System.Text.Encoding.UTF8.GetBytes(Unplaced(client, System.Text.Encoding.UTF8.GetString(body))));
        }
        return snapshot;
    }

    /// <summary>
    /// The body with the server's own address (its port differs between two servers over the same log) in place of a fixed
    /// one, and the log position a body names (<c>"through"</c> of a counter or a feasibility report, <c>data-last</c> of a
    /// page) blanked: the erasure is itself one more entry of the log, so every position after it moves on by one. Every
    /// other byte must stay.
    /// </summary>
    private static string Unplaced(HttpClient client, string text) =>
        LogPosition().Replace(CounterPosition().Replace(text, "\"through\":0"), "data-last=\"\"")
            .Replace(client.BaseAddress!.GetLeftPart(UriPartial.Authority), "http://parley.example", StringComparison.Ordinal);

    private static void AssertSame(Dictionary<string, (HttpStatusCode Status, byte[] Body)> expected, Dictionary<string, (HttpStatusCode Status, byte[] Body)> actual, string when)
    {
        Assert.Contains(expected.Values, v => v.Status == HttpStatusCode.OK);
        foreach (var (path, (status, body)) in expected)
        {
            Assert.True(status == actual[path].Status, $"{path} {when}: {(int)actual[path].Status}, was {(int)status}");
            var at = body.AsSpan().CommonPrefixLength(actual[path].Body);
            Assert.True(body.AsSpan().SequenceEqual(actual[path].Body), $"{path} {when}: the body changed at byte {at}: was …{Around(body, at)}…, now …{Around(actual[path].Body, at)}…");
        }
    }

    private static string Around(byte[] body, int at) =>
        System.Text.Encoding.UTF8.GetString(body, Math.Max(0, at - 60), Math.Min(body.Length, at + 60) - Math.Max(0, at - 60));

    /// <summary>
    /// Each live page and the index in every language, the record's summary of each exchange and its counter as JSON, with
    /// the log position they name blanked (<see cref="Unplaced"/>): the public figures as a reader sees them.
    /// </summary>
    private static async Task<List<string>> Figures(HttpClient client, IReadOnlyList<string> exchanges)
    {
        var figures = new List<string>();
        foreach (var path in exchanges.Select(x => $"/live/{x}").Append("/live"))
        {
            foreach (var language in Languages)
            {
                figures.Add(Unplaced(client, await client.Text($"{path}?lang={language}")));
            }
        }
        foreach (var exchange in exchanges)
        {
            figures.Add(JsonSerializer.Serialize((await Read(client, $"/api/exchanges/{exchange}")).Json));
            figures.Add(Unplaced(client, await client.Text($"/live/{exchange}/counter.json")));
        }
        return figures;
    }

    private static void AssertSameFigures(List<string> expected, List<string> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (was, now) in expected.Zip(actual))
        {
            var at = was.Zip(now).TakeWhile(p => p.First == p.Second).Count();
            Assert.True(was == now, $"the figures changed at character {at}: was …{was[Math.Max(0, at - 80)..Math.Min(was.Length, at + 80)]}…, now …{now[Math.Max(0, at - 80)..Math.Min(now.Length, at + 80)]}…");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("data-last=\"[0-9]+\"")]
    private static partial System.Text.RegularExpressions.Regex LogPosition();

    [System.Text.RegularExpressions.GeneratedRegex("\"through\":[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex CounterPosition();

    private static async Task<Dictionary<Tile, byte[]>> Tiles(HttpClient client, IReadOnlyList<Tile> tiles, bool entries)
    {
        var contents = new Dictionary<Tile, byte[]>();
        foreach (var tile in tiles)
        {
            contents[tile] = await client.GetByteArrayAsync("/log/" + (entries ? tile.EntriesPath : tile.Path), TestContext.Current.CancellationToken);
        }
        return contents;
    }

    private static void AssertSameTiles(Dictionary<Tile, byte[]> expected, Dictionary<Tile, byte[]> actual)
    {
        foreach (var (tile, content) in expected)
        {
            Assert.True(content.AsSpan().SequenceEqual(actual[tile]), $"{tile.Path} changed");
        }
    }
}
