using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Parley.Core.Wire;

/// <summary>The textual forms of values in command files (docs/commands.md, "Values"), and what each error says.</summary>
internal static class CommandValues
{
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu"),
    ];

    private static readonly LocalDateTimePattern[] DateTimePatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
    ];

    private static readonly OffsetDateTimePattern[] InstantPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:sso<G>"),
    ];

    public const string DateExpected = "a date such as 2025-05-23";
    public const string DateTimeExpected = "a local time such as 2025-05-16T13:30";
    public const string InstantExpected = "a time with its offset such as 2025-05-23T18:00+03:00";

    public static LocalDate? Date(string text) => First(DatePatterns, text);

    public static LocalDateTime? DateTime(string text) => First(DateTimePatterns, text);

    public static Instant? Instant(string text)
    {
        foreach (var pattern in InstantPatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value.ToInstant();
            }
        }
        return null;
    }

    public static Uri? Address(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;

    /// <summary>Why a string is not a value of <paramref name="type"/>, or null when it is.</summary>
    public static string? Problem(Type type, string text) => type switch
    {
        _ when type == typeof(LocalDate) => Date(text) is null ? $"expected a date such as 2025-05-23 or 23.05.2025, found '{text}'" : null,
        _ when type == typeof(LocalDateTime) => DateTime(text) is null ? $"expected a local time in the venue's zone such as 2025-05-16T13:30, found '{text}'" : null,
        _ when type == typeof(NodaTime.Instant) => Instant(text) is null ? $"expected {InstantExpected}, found '{text}'" : null,
        _ when type == typeof(Uri) => Address(text) is null ? $"expected an absolute address such as https://example.org/news, found '{text}'" : null,
        _ => null,
    };

    private static T? First<T>(IEnumerable<IPattern<T>> patterns, string text) where T : struct
    {
        foreach (var pattern in patterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }
        return null;
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
