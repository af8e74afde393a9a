using System.Text.Json;
using Parley.Core;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Wire;
using Parley.Store;

namespace Parley.Cli.Tests;

public class PublicCountTests
{
    private sealed record Place(Side Side, PersonStatus Status, string? Stage);

    [Fact]
    public async Task after_the_demo_every_count_status_shows_equals_a_recount_of_the_public_parts_of_the_log()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        await ParleyCli.Run("demo", "--db", db);

        var recount = Recount(db);
        using var status = await Status.Of(db);

        Assert.Equal(4, recount.Count);
        foreach (var (exchange, people) in recount)
        {
            foreach (var side in new[] { Side.A, Side.B })
            {
                var name = side == Side.A ? "a" : "b";
                var ofSide = people.Values.Where(p => p.Side == side).ToList();
                var shown = status.Exchange(exchange).GetProperty(name);
                Assert.Equal(ofSide.Count(p => p.Status.HasBeenReleased()), shown.GetProperty("released").GetInt32());
                Assert.Equal(ofSide.Count(p => p.Status == PersonStatus.Received), shown.GetProperty("received").GetInt32());
                foreach (var s in Enum.GetValues<PersonStatus>())
                {
                    Assert.Equal(ofSide.Count(p => p.Status == s), shown.GetProperty("byStatus").GetProperty(s.ToWord()).GetInt32());
                }
                foreach (var stage in status.Exchange(exchange).GetProperty("stages").EnumerateArray())
                {
                    var id = stage.GetProperty("id").GetString();
                    var upper = side == Side.A ? "A" : "B";
                    var inStage = ofSide.Where(p => p.Stage == id).ToList();
                    Assert.Equal(inStage.Count(p => p.Status.HasBeenReleased()), stage.GetProperty("released" + upper).GetInt32());
                    Assert.Equal(inStage.Count(p => p.Status == PersonStatus.Received), stage.GetProperty("received" + upper).GetInt32());
                    Assert.Equal(inStage.Count(p => p.Status == PersonStatus.Scheduled), stage.GetProperty("scheduled" + upper).GetInt32());
                }
            }
        }
        Assert.Equal(1000, recount["may-2025"].Values.Count(p => p.Side == Side.A && p.Status == PersonStatus.Received));
    }

    /// <summary>Where each person stands, from the public parts alone (no private part is read).</summary>
    private static Dictionary<string, Dictionary<string, Place>> Recount(string db)
    {
        var exchanges = new Dictionary<string, Dictionary<string, Place>>(StringComparer.Ordinal);
        using var log = SqliteEventLog.Open(db, OpenMode.MustExist);
        foreach (var stored in log.Read())
        {
            if (stored.Type == "exchange.opened")
            {
                var opened = (ExchangeOpened)EventCodec.Decode(stored.Type, stored.Public, ReadOnlySpan<byte>.Empty);
                exchanges[opened.Exchange] = new Dictionary<string, Place>(StringComparer.Ordinal);
            }
            else if (stored.Type == "person.listed")
            {
                // Decoding a listing needs its private part; the public part has all a count needs.
                using var json = JsonDocument.Parse(stored.Public);
                var root = json.RootElement;
                var side = root.GetProperty("side").GetString() is "a" ? Side.A : Side.B;
                exchanges[root.GetProperty("exchange").GetString()!][root.GetProperty("person").GetString()!] = new Place(side, PersonStatus.Offered, null);
            }
            else if (stored.Type.StartsWith("person.", StringComparison.Ordinal) && stored.Type != "person.amended")
            {
                var moved = (PersonMoved)EventCodec.Decode(stored.Type, stored.Public, ReadOnlySpan<byte>.Empty);
                var people = exchanges[moved.Exchange];
                var before = people[moved.Person];
                var stays = moved.To is PersonStatus.Scheduled or PersonStatus.Released or PersonStatus.Received or PersonStatus.Disputed;
                people[moved.Person] = before with { Status = moved.To, Stage = stays ? moved.Stage ?? before.Stage : null };
            }
        }
        return exchanges;
    }
}
