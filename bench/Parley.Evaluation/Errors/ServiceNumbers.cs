using System.Globalization;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Errors;

/// <summary>
/// Service numbers as the series and number of a Ukrainian military ID (АВ123456), and the ways the
/// same number is written on the other side (ERROR-MODEL.md, service-number-format).
/// </summary>
internal static class ServiceNumbers
{
    private const string SeriesLetters = "АБВГДЕКМНОРСТХ";
    private const string LatinLookAlikes = "A\0B\0\0EKMHOPCTX";
    private static readonly string[] Transliterated = ["A", "B", "V", "G", "D", "E", "K", "M", "N", "O", "R", "S", "T", "KH"];

    /// <summary>How many distinct numbers there are: two series letters and six digits.</summary>
    public static long Capacity => (long)SeriesLetters.Length * SeriesLetters.Length * 1_000_000;

    public static string Canonical(long index)
    {
        var number = index % 1_000_000;
        var series = index / 1_000_000;
        var first = SeriesLetters[(int)(series / SeriesLetters.Length)];
        var second = SeriesLetters[(int)(series % SeriesLetters.Length)];
        return $"{first}{second}{number.ToString("D6", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The same number written another way; always different from the canonical text.</summary>
    public static string Variant(string canonical, Rng rng)
    {
        var series = canonical[..2];
        var digits = canonical[2..];
        return rng.NextDouble() switch
        {
            < 0.25 => $"{series} {digits}",
            < 0.45 => $"{series}-{digits}",
            < 0.55 => $"{series} №{digits}",
            < 0.65 => series.ToLowerInvariant() + digits,
            < 0.85 => (LookAlike(series) ?? Transliterate(series)) + digits,
            _ => Transliterate(series) + digits,
        };
    }

    private static string? LookAlike(string series)
    {
        var letters = series.Select(letter => LatinLookAlikes[SeriesLetters.IndexOf(letter)]).ToArray();
        return letters.Contains('\0') ? null : new string(letters);
    }

    private static string Transliterate(string series) =>
        string.Concat(series.Select(letter => Transliterated[SeriesLetters.IndexOf(letter)]));
}
