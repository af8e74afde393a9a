using System.Globalization;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Errors;

/// <summary>The date classes as changes to a date; null where the class cannot apply to that date.</summary>
internal static class DateErrors
{
    // Digits confused in handwriting (1/7, 3/8, 5/6, 0/6/8, 4/9) and on a number pad row.
    private static readonly string[] Confused = ["7", "7", "8", "8", "9", "6", "5", "1", "30", "4"];

    public static DateOnly? OneDigit(DateOnly date, Rng rng)
    {
        var digits = DateConfusion.Digits(date).ToCharArray();
        for (var attempt = 0; attempt < 40; attempt++)
        {
            // Positions: day (0-1), month (2-3), the decade and year digits (6-7); the century is
            // rarely wrong, and digit 4 and 5 errors would move the date by centuries.
            var position = rng.NextDouble() switch
            {
                < 0.35 => rng.Next(0, 2),
                < 0.55 => rng.Next(2, 4),
                _ => rng.Next(6, 8),
            };
            var original = digits[position] - '0';
            var replacement = rng.Chance(0.6)
                ? Confused[original][rng.Next(Confused[original].Length)] - '0'
                : rng.Next(10);
            if (replacement == original)
            {
                continue;
            }

            var changed = (char[])digits.Clone();
            changed[position] = (char)('0' + replacement);
            if (!TryParse(new string(changed), out var result))
            {
                continue;
            }

            // Keep the tag pure: not a day off, not a swap, not a year off by one.
            if (Math.Abs(result.DayNumber - date.DayNumber) > 2
                && !(result.Day == date.Month && result.Month == date.Day && result.Year == date.Year)
                && Math.Abs(result.Year - date.Year) != 1)
            {
                return result;
            }
        }

        return null;
    }

    public static DateOnly DayOff(DateOnly date, Rng rng)
    {
        var days = rng.Next(1, 3) * (rng.Chance(0.5) ? -1 : 1);
        return date.AddDays(days);
    }

    public static DateOnly? Swapped(DateOnly date) =>
        date.Day <= 12 && date.Day != date.Month ? new DateOnly(date.Year, date.Day, date.Month) : null;

    public static DateOnly? YearOff(DateOnly date, Rng rng)
    {
        var year = date.Year + (rng.Chance(0.5) ? -1 : 1);
        return date.Month == 2 && date.Day == 29 && !DateTime.IsLeapYear(year) ? null : new DateOnly(year, date.Month, date.Day);
    }

    /// <summary>The default a registry stores when it needs a full date: 1 January, or the 1st of the month.</summary>
    public static DateOnly? Placeholder(DateOnly date, Rng rng)
    {
        var firstOfMonth = new DateOnly(date.Year, date.Month, 1);
        var firstOfYear = new DateOnly(date.Year, 1, 1);
        if (date.Day == 1)
        {
            return date.Month == 1 ? null : firstOfYear;
        }

        return rng.Chance(0.7) || date.Month == 1 ? firstOfYear : firstOfMonth;
    }

    private static bool TryParse(string digits, out DateOnly date) =>
        DateOnly.TryParseExact(digits, "ddMMyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 1930 and <= 2010;
}
