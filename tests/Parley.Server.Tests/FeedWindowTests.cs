using System.Collections.Immutable;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Parley.Core.Broadcast.Live;
using Parley.Server.Live;

namespace Parley.Server.Tests;

/// <summary>A feed carries the newest entries of a long live page, newest first; the page keeps them all.</summary>
public sealed class FeedWindowTests
{
    /// <summary>The page's components rendered with nothing but an encoder, as the server renders them.</summary>
    private static readonly LiveFragments Html = new(new ServiceCollection().AddSingleton(LiveFragments.Encoder).BuildServiceProvider());

    private static LivePage PageWith(int entries)
    {
        var items = Enumerable.Range(1, entries)
            .Select(n => new LiveEntry(n, "p" + n, Instant.FromUtc(2025, 5, 23, 9, 0).Plus(Duration.FromMinutes(n)), false, $"Entry {n}", null, null, null))
            .ToImmutableList();
        return new LivePage("long-day", LivePageKind.Exchange, DateTimeZoneProviders.Tzdb["Europe/Kyiv"], items,
            items.ToImmutableDictionary(i => i.Id, StringComparer.Ordinal), entries);
    }

    [Fact]
    public void the_atom_feed_of_a_long_page_carries_its_newest_entries_newest_first()
    {
        var page = PageWith(FeedRenderer.Entries + 50);
        XNamespace atom = FeedRenderer.AtomNamespace;

        var ids = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedRenderer.Atom(page, "Long day", "en", "http://x", Html)))
            .Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();

        Assert.Equal(FeedRenderer.Entries, ids.Count);
        Assert.EndsWith("#e-p150", ids[0]);
        Assert.EndsWith("#e-p51", ids[^1]);
    }

    [Fact]
    public void the_json_feed_of_a_short_page_carries_every_entry()
    {
        var page = PageWith(7);

        using var feed = JsonDocument.Parse(FeedRenderer.Json(page, "Short day", "en", "http://x", Html));

        var ids = feed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(7, ids.Count);
        Assert.EndsWith("#e-p7", ids[0]);
    }
}
