using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Evaluation.Tests;

public sealed partial class DateTests
{
    [Fact]
    public void Every_written_date_is_one_the_list_reader_accepts()
    {
        var dataset = Datasets.TenThousand;

        var bad = dataset.Left.Concat(dataset.Right).Select(record => record.Dob).Where(dob => dob.Length > 0 && !Readable(dob)).ToList();

        Assert.Empty(bad);
    }

    [Fact]
    public void The_left_list_writes_dates_day_first_with_dots()
    {
        var dates = Datasets.TenThousand.Left.Select(record => record.Dob).Where(dob => dob.Length == 10).ToList();

        Assert.All(dates, dob => Assert.Matches(DottedDate(), dob));
    }

    [Fact]
    public void The_no_dates_profile_has_no_date_on_either_list()
    {
        var dataset = Datasets.Small(EvaluationProfile.NoDates);

        Assert.All(dataset.Left.Concat(dataset.Right), record => Assert.Equal("", record.Dob));
        Assert.DoesNotContain(dataset.Truth, pair => pair.Classes.Any(name => name.StartsWith("dob-", StringComparison.Ordinal)));
    }

    private static bool Readable(string dob)
    {
        string[] formats = ["dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "MM.yyyy", "yyyy-MM", "yyyy"];
        return DateTime.TryParseExact(dob, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1850 and <= 2100;
    }

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex DottedDate();
}
