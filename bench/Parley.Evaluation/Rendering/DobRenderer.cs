using Parley.Evaluation.Errors;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Rendering;

/// <summary>Writes a side's date of birth with that side's date class, if any.</summary>
internal static class DobRenderer
{
    public static string Render(DateOnly date, ClassSet classes, DateStyle style, Rng rng, ref ClassSet applied)
    {
        var dateClass = classes.Classes().Where(ClassCatalog.IsDate).Cast<ErrorClass?>().FirstOrDefault();
        if (dateClass is not { } errorClass)
        {
            return DateWriter.Full(date, style);
        }

        var changed = errorClass switch
        {
            ErrorClass.DobOneDigit => DateErrors.OneDigit(date, rng),
            ErrorClass.DobDayOff => DateErrors.DayOff(date, rng),
            ErrorClass.DobDayMonthSwapped => DateErrors.Swapped(date),
            ErrorClass.DobYearOff => DateErrors.YearOff(date, rng),
            ErrorClass.DobPlaceholder => DateErrors.Placeholder(date, rng),
            _ => null,
        };

        switch (errorClass)
        {
            case ErrorClass.DobMissing:
                applied = applied.With(errorClass);
                return "";
            case ErrorClass.DobPartial:
                applied = applied.With(errorClass);
                return rng.Chance(0.6) ? DateWriter.Year(date) : DateWriter.MonthAndYear(date, style);
        }

        if (changed is not { } written)
        {
            return DateWriter.Full(date, style);
        }

        applied = applied.With(errorClass);
        return DateWriter.Full(written, style);
    }
}
