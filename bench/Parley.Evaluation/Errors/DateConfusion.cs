namespace Parley.Evaluation.Errors;

/// <summary>
/// Which dates one date class could turn into each other. The generator keeps hard negatives
/// (namesakes, siblings) and one-digit errors outside this reach, so that every class tag is the
/// only single explanation of the difference.
/// </summary>
internal static class DateConfusion
{
    /// <summary>Whether one of the date classes alone could make <paramref name="a"/> look like <paramref name="b"/>.</summary>
    public static bool WithinOneError(DateOnly a, DateOnly b)
    {
        if (a == b || Math.Abs(a.DayNumber - b.DayNumber) <= 2 || a.Year == b.Year || Math.Abs(a.Year - b.Year) == 1)
        {
            // The same year is reachable by a year-only or month-year partial date.
            return true;
        }

        if (a.Day == b.Month && a.Month == b.Day && a.Year == b.Year)
        {
            return true;
        }

        return DigitDifferences(a, b) <= 1;
    }

    /// <summary>How many digits of dd.mm.yyyy differ.</summary>
    public static int DigitDifferences(DateOnly a, DateOnly b)
    {
        var left = Digits(a);
        var right = Digits(b);
        var count = 0;
        for (var i = 0; i < left.Length; i++)
        {
            count += left[i] == right[i] ? 0 : 1;
        }

        return count;
    }

    public static string Digits(DateOnly date) =>
        $"{date.Day:D2}{date.Month:D2}{date.Year:D4}";
}
