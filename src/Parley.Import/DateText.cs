using System.Globalization;
using Parley.Matching.Records;

namespace Parley.Import;

/// <summary>
/// Dates of birth as lists write them: <c>23.05.1990</c> (also with / or -), <c>1990-05-23</c>, and in
/// part <c>05.1990</c>, <c>1990-05</c>, <c>1990</c>; and the form <see cref="Format"/> writes for
/// dates missing a part other than a trailing one (<c>????-05-23</c>, <c>1990-??-23</c>).
/// </summary>
public static class DateText
{
    /// <summary>What a date should look like, for error messages.</summary>
    public const string Expected = "expected a date such as 23.05.1990 or 1990-05-23 (or 05.1990, 1990-05, 1990 when only part is known)";

    /// <summary>Reads a date; false (with a reason) when the text is not a date or not a real one (31.02.1990).</summary>
    public static bool TryParse(string text, out PartialDate date, out string? problem)
    {
        date = default;
        problem = null;
        var s = text.AsSpan().Trim();
        // A time of day from a spreadsheet export: "1990-05-23 00:00:00", "1990-05-23T00:00:00".
        var time = s.IndexOfAny(' ', 'T');
        if (time > 0)
        {
            s = s[..time];
        }
        Span<Range> parts = stackalloc Range[4];
        var count = s.SplitAny(parts, ".-/", StringSplitOptions.None);
        if (count is < 1 or > 3)
        {
            return false;
        }
        var fields = new string[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = s[parts[i]].ToString();
        }

        int? y, m = null, d = null;
        var yearFirst = fields[0].Length == 4;
        if (count == 1)
        {
            if (!TryPart(fields[0], 4, out y) || y is null)
            {
                return false;
            }
        }
        else if (yearFirst)
        {
            if (!TryPart(fields[0], 4, out y) || !TryPart(fields[1], 2, out m) || (count == 3 && !TryPart(fields[2], 2, out d)))
            {
                return false;
            }
            if (count == 2 && m is null)
            {
                return false;
            }
        }
        else
        {
            if (fields[^1].Length != 4)
            {
                return false;
            }
            if (!TryPart(fields[^1], 4, out y) || !TryPart(fields[^2], 2, out m) || (count == 3 && !TryPart(fields[0], 2, out d)))
            {
                return false;
            }
            if (y is null || m is null || (count == 3 && d is null))
            {
                return false;
            }
        }

        if (y is < 1850 or > 2100)
        {
            problem = $"the year {y} is outside 1850–2100";
            return false;
        }
        if (m is < 1 or > 12)
        {
            problem = $"there is no month {m}";
            return false;
        }
        if (d is not null && (d < 1 || d > DateTime.DaysInMonth(y ?? 2000, m ?? 1)))
        {
            problem = m is null ? $"there is no day {d}" : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m.Value)} has no day {d}";
            return false;
        }
        if (d is not null && m is null && y is not null && count == 3 && !yearFirst)
        {
            return false;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    /// <summary>
    /// Writes a date so that <see cref="TryParse"/> reads it back exactly: <c>1990-05-23</c>, <c>1990-05</c>,
    /// <c>1990</c>; a missing part before a known one is written <c>??</c> (<c>1990-??-23</c>).
    /// </summary>
    public static string Format(PartialDate date) => (date.Year, date.Month, date.Day) switch
    {
        ({ } y, { } m, { } d) => $"{y:D4}-{m:D2}-{d:D2}",
        ({ } y, { } m, null) => $"{y:D4}-{m:D2}",
        ({ } y, null, null) => $"{y:D4}",
        (null, null, null) => "",
        _ => date.ToString(),
    };

    /// <summary>A part of <paramref name="maxDigits"/> digits at most, or all question marks (a missing part).</summary>
    private static bool TryPart(string part, int maxDigits, out int? value)
    {
        value = null;
        if (part.Length == 0 || part.Length > maxDigits)
        {
            return false;
        }
        if (part.All(c => c == '?'))
        {
            return true;
        }
        if (!part.All(char.IsAsciiDigit))
        {
            return false;
        }
        value = int.Parse(part, CultureInfo.InvariantCulture);
        return true;
    }
}
