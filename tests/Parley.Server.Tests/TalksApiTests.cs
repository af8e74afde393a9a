using System.Net;
using System.Text.Json;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>The talks record read in full over HTTP, from the Istanbul demo.</summary>
public abstract class TalksApiContract(DemoServer demo)
{
    private async Task<JsonElement> Get(string path) =>
        JsonDocument.Parse(await demo.Server.Client().Text(path)).RootElement;

    [Fact]
    public async Task parties_and_the_mediator_are_listed()
    {
        var parties = await Get("/api/parties");
        var mediators = await Get("/api/mediators");

        Assert.Equal(["RU", "UA"], parties.EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        // The demo's mediator (tests sharing this server may register others).
        Assert.Contains(mediators.EnumerateArray(), m => m.GetProperty("id").GetString() == "TR" && m.GetProperty("name").GetString() == "Türkiye");
    }

    [Fact]
    public async Task a_round_has_its_mediator_delegations_statements_with_sources_and_agreements_with_text_and_formula()
    {
        var round = await Get("/api/rounds/r1");

        Assert.Equal("Türkiye", round.GetProperty("mediator").GetProperty("name").GetString());
        Assert.Equal("Vladimir Medinsky", round.GetProperty("delegations").GetProperty("RU")[0].GetProperty("name").GetString());
        var statements = round.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(3, statements.Count);
        Assert.All(statements, s =>
        {
            Assert.Equal("ru", s.GetProperty("language").GetString());
            Assert.NotEmpty(s.GetProperty("sources").EnumerateArray());
            Assert.All(s.GetProperty("sources").EnumerateArray(), source => Assert.StartsWith("https://", source.GetProperty("url").GetString(), StringComparison.Ordinal));
        });
        var medinsky = statements.Single(s => s.GetProperty("id").GetString() == "r1-medinsky");
        Assert.Equal("в ближайшие дни", medinsky.GetProperty("quote").GetString());
        Assert.Equal("head", medinsky.GetProperty("delegate").GetProperty("role").GetString());
        var chepa = statements.Single(s => s.GetProperty("id").GetString() == "r1-chepa");
        Assert.False(chepa.TryGetProperty("quote", out _), "the words as said are not in the facts, so none are invented");
        Assert.Equal("big result", chepa.GetProperty("translations")[0].GetProperty("quote").GetString());
        var agreement = Assert.Single(round.GetProperty("agreements").EnumerateArray());
        Assert.Equal("1000 for 1000", agreement.GetProperty("formula").GetString());
        Assert.Contains("1,000 for 1,000", agreement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task round_3_gives_umerov_the_title_he_held_on_23_july_2025()
    {
        var round = await Get("/api/rounds/r3");

        var umerov = round.GetProperty("delegations").GetProperty("UA")[0];
        Assert.Equal("Rustem Umerov", umerov.GetProperty("name").GetString());
        Assert.Equal("Secretary of the National Security and Defence Council", umerov.GetProperty("title").GetString());
    }

    [Fact]
    public async Task claims_carry_the_figure_the_record_shows_and_their_current_verdict()
    {
        var claims = (await Get("/api/claims?exchange=may-2025")).EnumerateArray().ToList();

        Assert.Equal(6, claims.Count);
        Assert.All(claims, c =>
        {
            Assert.Equal("agrees", c.GetProperty("verdict").GetString());
            Assert.Equal(c.GetProperty("value").GetInt32(), c.GetProperty("recorded").GetInt32());
            Assert.Equal(0, c.GetProperty("difference").GetInt32());
        });
    }

    [Fact]
    public async Task an_unknown_round_is_404()
    {
        using var response = await demo.Server.Client().GetAsync("/api/rounds/r9", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The tests of <see cref="TalksApiContract"/> on the SQLite demo server.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class TalksApiTests(DemoServer demo) : TalksApiContract(demo);

/// <summary>The tests of <see cref="TalksApiContract"/> on the PostgreSQL demo server.</summary>
[Collection(PostgresDemoServerCollection.Name)]
public sealed class PostgresTalksApiTests(PostgresDemoServer demo) : TalksApiContract(demo);
