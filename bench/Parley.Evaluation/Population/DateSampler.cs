using Parley.Evaluation.Errors;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Population;

/// <summary>
/// Dates of birth (ERROR-MODEL.md, "Dates"): service members 1962-2006 peaking around 1990,
/// civilians 1945-2007; and the dates a planned date class needs (a day of 12 or less to swap, …).
/// </summary>
internal static class DateSampler
{
    private static readonly WeightedTable<int> MilitaryYears = new(
        Enumerable.Range(1962, 2006 - 1962 + 1).Select(year => (year, 30.0 - Math.Abs(year - 1990))));

    public static DateOnly Sample(Rng rng, bool military, ClassSet plan)
    {
        for (var attempt = 0; ; attempt++)
        {
            var year = military ? MilitaryYears.Sample(rng) : rng.Next(1945, 2008);
            var date = new DateOnly(year, 1, 1).AddDays(rng.Next(DateTime.IsLeapYear(year) ? 366 : 365));
            if (Suits(date, plan) || attempt > 100)
            {
                return date;
            }
        }
    }

    /// <summary>Whether the date can carry the planned date class.</summary>
    public static bool Suits(DateOnly date, ClassSet plan) =>
        (!plan.Contains(ErrorClass.DobDayMonthSwapped) || DateErrors.Swapped(date) is not null)
        && (!plan.Contains(ErrorClass.DobYearOff) || !(date.Month == 2 && date.Day == 29))
        && (!plan.Contains(ErrorClass.DobPlaceholder) || date.Day != 1);
}
