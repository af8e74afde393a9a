using System.Net;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>The public record over HTTP in the tlog-tiles layout.</summary>
public abstract class LogApiContract(DemoServer demo)
{
    [Fact]
    public async Task the_checkpoint_is_a_signed_note_naming_the_tree_size()
    {
        var note = await demo.Server.Client().Text("/log/checkpoint");
        var lines = note.Split('\n');
        Assert.True(long.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture) > 30_000, note);
        Assert.Contains("\n\n— ", note);
    }

    [Fact]
    public async Task a_full_tile_is_immutable_and_has_256_hashes()
    {
        using var response = await demo.Server.Client().GetAsync("/log/tile/0/000", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(256 * 32, (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("/log/tile/0/x999/999")]
    [InlineData("/log/tile/nonsense")]
    public async Task a_tile_outside_the_log_is_404(string path)
    {
        using var response = await demo.Server.Client().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The tests of <see cref="LogApiContract"/> on the SQLite demo server.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class LogApiTests(DemoServer demo) : LogApiContract(demo);

/// <summary>The tests of <see cref="LogApiContract"/> on the PostgreSQL demo server.</summary>
[Collection(PostgresDemoServerCollection.Name)]
public sealed class PostgresLogApiTests(PostgresDemoServer demo) : LogApiContract(demo);
