using System.Globalization;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Rendering;

/// <summary>Writes dates, whole or partial, in a side's style (ERROR-MODEL.md, "Dates").</summary>
internal static class DateWriter
{
    public static DateStyle ChooseStyle(Rng rng, Side side, bool latin)
    {
        var roll = rng.NextDouble();
        if (side == Side.Left)
        {
            return roll < 0.95 ? DateStyle.Dotted : DateStyle.DottedShort;
        }

        if (!latin)
        {
            return roll switch
            {
                < 0.60 => DateStyle.Dotted,
                < 0.98 => DateStyle.Iso,
                _ => DateStyle.IsoWithTime,
            };
        }

        return roll switch
        {
            < 0.48 => DateStyle.Iso,
            < 0.50 => DateStyle.IsoWithTime,
            < 0.75 => DateStyle.Dotted,
            _ => DateStyle.Slashed,
        };
    }

    public static string Full(DateOnly date, DateStyle style) => style switch
    {
        DateStyle.Dotted => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateStyle.DottedShort => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
        DateStyle.Iso => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateStyle.IsoWithTime => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00",
        _ => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
    };

    public static string Year(DateOnly date) => date.Year.ToString("D4", CultureInfo.InvariantCulture);

    public static string MonthAndYear(DateOnly date, DateStyle style) =>
        style is DateStyle.Iso or DateStyle.IsoWithTime
            ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : date.ToString("MM.yyyy", CultureInfo.InvariantCulture);
}
