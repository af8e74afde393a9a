using NodaTime;
using Parley.Core.Broadcast.Live;
using Xunit;

namespace Parley.Core.Tests.Broadcast;

/// <summary>A live page's entries after a log position: what a reconnecting reader is sent before the live entries.</summary>
public sealed class LivePageTests
{
    private static LivePage PageWith(params long[] sequences) =>
        sequences.Aggregate(
            LivePage.Open("r1", LivePageKind.Round, DateTimeZone.Utc),
            (page, sequence) => page.With(new LiveEntry(sequence, "e" + sequence, Instant.FromUnixTimeSeconds(sequence), false, "text", null, null, null)));

    [Theory]
    [InlineData(0, new long[] { 3, 7, 8, 20 })]
    [InlineData(3, new long[] { 7, 8, 20 })]
    [InlineData(5, new long[] { 7, 8, 20 })]
    [InlineData(8, new long[] { 20 })]
    [InlineData(19, new long[] { 20 })]
    [InlineData(20, new long[] { })]
    [InlineData(1000, new long[] { })]
    public void the_entries_after_a_position_are_those_with_a_later_sequence_oldest_first(long after, long[] expected)
    {
        var page = PageWith(3, 7, 8, 20);

        Assert.Equal(expected, page.After(after).Select(e => e.Sequence));
    }

    [Fact]
    public void a_page_without_entries_has_none_after_any_position() =>
        Assert.Empty(PageWith().After(0));

    [Fact]
    public void a_corrected_entry_keeps_its_place_among_the_entries_after_a_position()
    {
        var page = PageWith(3, 7).With(new LiveEntry(9, "e9", Instant.FromUnixTimeSeconds(9), false, "fixed", null, "e3", null));

        var after = page.After(2);

        Assert.Equal([3L, 7, 9], after.Select(e => e.Sequence));
        Assert.Equal("e9", after[0].CorrectedBy);
    }
}
