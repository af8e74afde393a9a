using Parley.Matching.Records;
using L = Parley.Matching.Scoring.ComparisonLevels;

namespace Parley.Matching.Scoring;

public static partial class Comparer
{
    /// <summary>
    /// The date-of-birth level: the clerical errors of registry dates (Christen, <i>Data Matching</i>, 2012, ch. 3:
    /// transposed day and month, a default 1 January, one wrong digit, a day or a year off) each a level of its own, so
    /// that the lists' own rates weigh them; none of them holds a pair back.
    /// </summary>
    internal static int Date(PartialDate? left, PartialDate? right)
    {
        if (left is not { } a || right is not { } b || a.Year is null || b.Year is null)
        {
            return L.Missing;
        }
        if (a.IsComplete && b.IsComplete)
        {
            int ay = a.Year.Value, am = a.Month!.Value, ad = a.Day!.Value;
            int by = b.Year.Value, bm = b.Month!.Value, bd = b.Day!.Value;
            if (ay == by && am == bm && ad == bd)
            {
                return L.Date.Exact;
            }
            if (ay == by && am == bd && ad == bm)
            {
                return L.Date.Swapped;
            }
            if (ay == by && (IsPlaceholder(am, ad, bm) || IsPlaceholder(bm, bd, am)))
            {
                return L.Date.Placeholder;
            }
            var digits = DigitDifferences(ay, by, 4) + DigitDifferences(am, bm, 2) + DigitDifferences(ad, bd, 2);
            if (digits == 1)
            {
                return L.Date.OneDigit;
            }
            if (Math.Abs(new DateOnly(ay, am, Math.Min(ad, DateTime.DaysInMonth(ay, am))).DayNumber
                - new DateOnly(by, bm, Math.Min(bd, DateTime.DaysInMonth(by, bm))).DayNumber) <= 2)
            {
                // A day or two off, across the end of a month too (30.09 and 01.10).
                return L.Date.DayClose;
            }
            if (am == bm && ad == bd && Math.Abs(ay - by) == 1)
            {
                return L.Date.YearOff;
            }
            var agreeing = (ay == by ? 1 : 0) + (am == bm ? 1 : 0) + (ad == bd ? 1 : 0);
            return agreeing == 2 ? L.Date.TwoParts : L.Date.Different;
        }
        var monthAgrees = a.Month is null || b.Month is null || a.Month == b.Month;
        var dayAgrees = a.Day is null || b.Day is null || a.Day == b.Day;
        if (!monthAgrees || !dayAgrees)
        {
            return L.Date.Different;
        }
        // An age converted to a year of birth is a year off as often as not.
        return a.Year == b.Year ? L.Date.Partial : Math.Abs(a.Year.Value - b.Year.Value) == 1 ? L.Date.YearOff : L.Date.Different;
    }

    /// <summary>1 January standing for an unknown date (the other side's month is then anything), or the 1st for an unknown day of a known month.</summary>
    private static bool IsPlaceholder(int month, int day, int otherMonth) =>
        day == 1 && (month == 1 || month == otherMonth);

    private static int DigitDifferences(int a, int b, int width)
    {
        var n = 0;
        for (var i = 0; i < width; i++)
        {
            if (a % 10 != b % 10)
            {
                n++;
            }
            a /= 10;
            b /= 10;
        }
        return n;
    }
}
