using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>The output cache keeps pages and feeds per log position, so a copy is never stale.</summary>
public abstract class LiveCachingContract(DemoServer demo)
{
    [Theory]
    [InlineData("/live/r1")]
    [InlineData("/live/r1/feed.atom")]
    [InlineData("/live/r1/feed.json")]
    public async Task a_page_asked_again_after_a_new_entry_shows_it_at_once(string path)
    {
        using var client = demo.Server.Client();
        var before = await client.Text(path + "?lang=en");
        await client.Text(path + "?lang=en"); // now served from the cache

        var (id, _) = await demo.Server.Client("press").PostEntry("r1", "The delegations have left the palace.");

        Assert.DoesNotContain("e-" + id, before);
        Assert.Contains("e-" + id, await client.Text(path + "?lang=en"));
    }

    [Fact]
    public async Task each_language_has_its_own_copy()
    {
        using var client = demo.Server.Client();

        var english = await client.Text("/live/r1?lang=en");
        var russian = await client.Text("/live/r1?lang=ru");

        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("lang=\"ru\"", russian);
    }
}

/// <summary>The tests of <see cref="LiveCachingContract"/> on the SQLite demo server.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class LiveCachingTests(DemoServer demo) : LiveCachingContract(demo);

/// <summary>The tests of <see cref="LiveCachingContract"/> on the PostgreSQL demo server.</summary>
[Collection(PostgresDemoServerCollection.Name)]
public sealed class PostgresLiveCachingTests(PostgresDemoServer demo) : LiveCachingContract(demo);
