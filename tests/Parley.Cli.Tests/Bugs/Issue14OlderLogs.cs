using System.Text.Json;

using Parley.Cli.Tests.PublicRecord;

namespace Parley.Cli.Tests.Bugs;

/// <summary>
/// Issue 14: a log written before request and offer lists existed (Data/log-2026-11, written by the code of
/// 2026-11-25) still replays, rebuilds, publishes and verifies; a side's roster is read as that side's offer list, and
/// its figures are what that version showed, under the new names.
/// </summary>
public sealed class Issue14OlderLogs : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Data", "log-2026-11");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Db()
    {
        var db = _folder.File("legacy.db");
        File.Copy(Path.Combine(Fixture, "legacy.db"), db);
        File.Copy(Path.Combine(Fixture, "legacy.db.key"), db + ".key");
        return db;
    }

    [Fact]
    public async Task an_older_log_shows_the_same_people_and_stages_under_the_new_names()
    {
        var db = Db();
        using var old = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Fixture, "status.json"), TestContext.Current.CancellationToken));
        var before = old.RootElement.GetProperty("exchanges")[0];

        using var status = await Status.Of(db);
        var now = status.Exchange("x1");

        foreach (var side in new[] { "a", "b" })
        {
            foreach (var word in new[] { "declined", "received", "withdrawn", "deceased", "disputed", "verified", "scheduled", "released", "matched" })
            {
                Assert.Equal(before.GetProperty(side).GetProperty("byStatus").GetProperty(word).GetInt32(), now.GetProperty(side).GetProperty("byStatus").GetProperty(word).GetInt32());
            }
            Assert.Equal(before.GetProperty(side).GetProperty("byStatus").GetProperty("listed").GetInt32(), now.GetProperty(side).GetProperty("byStatus").GetProperty("offered").GetInt32());
            Assert.Equal(before.GetProperty(side).GetProperty("released").GetInt32(), now.GetProperty(side).GetProperty("released").GetInt32());
            Assert.Equal(6, now.GetProperty(side).GetProperty("offered").GetInt32());
            Assert.Equal(0, now.GetProperty(side).GetProperty("requested").GetInt32());
        }
        foreach (var field in new[] { "releasedA", "releasedB", "receivedA", "receivedB", "plannedA", "plannedB" })
        {
            Assert.Equal(before.GetProperty("stages")[0].GetProperty(field).GetInt32(), now.GetProperty("stages")[0].GetProperty(field).GetInt32());
        }
        Assert.Equal("cancelled", now.GetProperty("stages")[1].GetProperty("status").GetString());
        Assert.True(now.GetProperty("fulfilled").GetBoolean());
    }

    [Fact]
    public async Task an_older_log_rebuilds_to_the_same_documents_and_takes_new_commands()
    {
        var db = Db();
        await PublishedRecord.Ok(ParleyCli.Run("status", "--db", db));
        var upgraded = DatabaseSnapshot.Of(db);

        await PublishedRecord.Ok(ParleyCli.Run("rebuild", "--db", db));
        Assert.Equal(upgraded, DatabaseSnapshot.Of(db));

        var more = _folder.Write("more.jsonl",
        [
            """{"command":"submit-list","exchange":"x1","party":"UA","list":"request","persons":[{"person":"ua-r1","names":["Синтетичний Тест"]}]}""",
        ]);
        var applied = await ParleyCli.Run("apply", more, "--db", db);
        Assert.True(applied.ExitCode == 2 && applied.Error.Contains("exchange-closed", StringComparison.Ordinal), applied.ToString());
    }

    [Fact]
    public async Task an_older_log_verifies_and_its_stage_counts_no_longer_include_people_who_left_the_stage()
    {
        var db = Db();
        var site = _folder.File("site");
        await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", db, "--out", site));
        var oldVerify = await File.ReadAllTextAsync(Path.Combine(Fixture, "verify.txt"), TestContext.Current.CancellationToken);
        Assert.Contains("exchange x1 stage s1 side B withdrawn: 1", oldVerify, StringComparison.Ordinal); // what that version got wrong

        var verified = PublicFigures.Json(await ParleyCli.Run("verify", site, "--trust", Path.Combine(site, "log.pub"), "--json"));
        using var status = await Status.Of(db);

        Assert.Equal(86, verified.GetProperty("size").GetInt64());
        Assert.Equal(PublicFigures.Exchanges(status.Root), PublicFigures.Exchanges(verified));
        var stage = verified.GetProperty("exchanges")[0].GetProperty("stages")[0];
        Assert.Equal(0, stage.GetProperty("scheduledB").GetInt32());
        Assert.Equal(4, stage.GetProperty("receivedB").GetInt32());
    }
}
