namespace Parley.Matching.Records;

/// <summary>
/// A date as a list gives it, possibly in part: lists often carry only a year, or a month and a year.
/// Immutable; a part that is present is in range.
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int? year, int? month, int? day)
    {
        Preconditions.CheckRange(year ?? 1900, 1850, 2100, "year");
        Preconditions.CheckRange(month ?? 1, 1, 12, "month");
        Preconditions.CheckRange(day ?? 1, 1, 31, "day");
        Year = year;
        Month = month;
        Day = day;
    }

    public int? Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    public override string ToString() =>
        $"{(Year is { } y ? y.ToString("D4") : "????")}-{(Month is { } m ? m.ToString("D2") : "??")}-{(Day is { } d ? d.ToString("D2") : "??")}";
}
