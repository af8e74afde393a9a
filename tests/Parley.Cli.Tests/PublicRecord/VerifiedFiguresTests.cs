namespace Parley.Cli.Tests.PublicRecord;

/// <summary>
/// Issue 14, one set of public counts, end to end: after a random command file (lists, candidates, decisions,
/// confirmations, interviews, moves, stages), the figures `parley verify` recomputes from the published log equal the
/// figures `parley status` shows, per exchange, direction, stage and status.
/// </summary>
public sealed class VerifiedFiguresTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task the_figures_recomputed_from_the_published_log_equal_the_figures_parley_shows(int seed)
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        var site = folder.File("site");
        var applied = await ParleyCli.Run("apply", folder.Write("random.jsonl", RandomCommandFile.Lines(new Random(seed), persons: 40, commands: 300)), "--db", db);
        Assert.True(applied.ExitCode is 0 or 2, applied.ToString());
        await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", db, "--out", site));

        var verified = PublicFigures.Json(await ParleyCli.Run("verify", site, "--trust", Path.Combine(site, "log.pub"), "--json"));
        using var status = await Status.Of(db);

        Assert.Equal(PublicFigures.Exchanges(status.Root), PublicFigures.Exchanges(verified));
        var x1 = status.Exchange("x1");
        Assert.True(x1.GetProperty("a").GetProperty("matched").GetInt32() + x1.GetProperty("b").GetProperty("matched").GetInt32() > 0, "the file matched nobody; it no longer exercises the lists");
        Assert.True(x1.GetProperty("a").GetProperty("requested").GetInt32() > 0);
    }
}
