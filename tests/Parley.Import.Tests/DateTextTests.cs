using Parley.Matching.Records;

namespace Parley.Import.Tests;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("23.05.1990", 1990, 5, 23)]
    [InlineData("3.5.1990", 1990, 5, 3)]
    [InlineData("23/05/1990", 1990, 5, 23)]
    [InlineData("1990-05-23", 1990, 5, 23)]
    [InlineData("1990-05-23 00:00:00", 1990, 5, 23)]
    [InlineData("1990-05-23T00:00:00", 1990, 5, 23)]
    [InlineData("05.1990", 1990, 5, null)]
    [InlineData("1990-05", 1990, 5, null)]
    [InlineData("1990", 1990, null, null)]
    [InlineData("29.02.2000", 2000, 2, 29)]
    [InlineData("????-05-23", null, 5, 23)]
    [InlineData("1990-??-23", 1990, null, 23)]
    public void Dates_and_partial_dates_are_read(string text, int? year, int? month, int? day)
    {
        Assert.True(DateText.TryParse(text, out var date, out _));

        Assert.Equal(new PartialDate(year, month, day), date);
    }

    [Theory]
    [InlineData("31.02.1990", "February has no day 31")]
    [InlineData("29.02.1990", "February has no day 29")]
    [InlineData("1990-13-01", "there is no month 13")]
    [InlineData("1700", "the year 1700 is outside 1850–2100")]
    [InlineData("23.05.90", null)]
    [InlineData("yesterday", null)]
    [InlineData("1990-05-23-01", null)]
    [InlineData("05/23", null)]
    public void Impossible_or_unreadable_dates_are_refused(string text, string? problem)
    {
        Assert.False(DateText.TryParse(text, out _, out var reason));

        Assert.Equal(problem, reason);
    }

    [Theory]
    [InlineData(1990, 5, 23, "1990-05-23")]
    [InlineData(1990, 5, null, "1990-05")]
    [InlineData(1990, null, null, "1990")]
    [InlineData(null, 5, 23, "????-05-23")]
    [InlineData(1990, null, 23, "1990-??-23")]
    public void Every_partial_date_is_written_so_that_it_reads_back(int? year, int? month, int? day, string expected)
    {
        var date = new PartialDate(year, month, day);

        var text = DateText.Format(date);

        Assert.Equal(expected, text);
        Assert.True(DateText.TryParse(text, out var back, out _));
        Assert.Equal(date, back);
    }
}
