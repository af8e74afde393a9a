using System.Text;
using Parley.Matching.Normalisation;
using Parley.Matching.Records;

namespace Parley.Demo.Synthetic;

/// <summary>The errors the other side's clerks make: typing errors in names and errors in dates.</summary>
internal static class Errors
{
    private const string UkrainianLetters = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    private const string RussianLetters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private const string LatinLetters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// One to <paramref name="edits"/> edits (substitution, deletion, insertion, transposition of neighbours),
    /// never at the first letter, in the alphabet of the text; a name too short to edit is returned as is.
    /// </summary>
    internal static string Typo(string text, int edits, bool russian, ref SeededRandom random)
    {
        var sb = new StringBuilder(text);
        var alphabet = !ScriptDetector.ContainsCyrillic(text) ? LatinLetters : russian ? RussianLetters : UkrainianLetters;
        for (var e = 0; e < edits; e++)
        {
            if (sb.Length < 4)
            {
                break;
            }
            var at = random.Next(1, sb.Length);
            var original = sb[at];
            char Letter(ref SeededRandom r)
            {
                var c = alphabet[r.Next(alphabet.Length)];
                return char.IsUpper(original) ? char.ToUpperInvariant(c) : c;
            }
            switch (random.Next(4))
            {
                case 0:
                    var replacement = Letter(ref random);
                    sb[at] = replacement != original ? replacement
                        : char.IsUpper(original) ? char.ToUpperInvariant(alphabet[(alphabet.IndexOf(char.ToLowerInvariant(original)) + 1) % alphabet.Length])
                        : alphabet[(alphabet.IndexOf(original) + 1) % alphabet.Length];
                    break;
                case 1:
                    sb.Remove(at, 1);
                    break;
                case 2:
                    sb.Insert(at, Letter(ref random));
                    break;
                default:
                    if (at + 1 < sb.Length && sb[at + 1] != original)
                    {
                        (sb[at], sb[at + 1]) = (sb[at + 1], sb[at]);
                    }
                    else
                    {
                        sb.Remove(at, 1);
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A wrong date of birth: day and month swapped (when that gives another valid date), one digit wrong,
    /// the day missing, or the year only.
    /// </summary>
    internal static PartialDate WrongDate(int year, int month, int day, ref SeededRandom random)
    {
        switch (random.Next(4))
        {
            case 0 when day <= 12 && day != month:
                return new PartialDate(year, day, month);
            case 2:
                return new PartialDate(year, month, null);
            case 3:
                return new PartialDate(year, null, null);
            default:
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    (var y, var m, var d) = (year, month, day);
                    switch (random.Next(3))
                    {
                        case 0:
                            y = year - (year % 10) + random.Next(10);
                            break;
                        case 1:
                            m = OneDigit(month, ref random);
                            break;
                        default:
                            d = OneDigit(day, ref random);
                            break;
                    }
                    if ((y, m, d) != (year, month, day) && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                    {
                        return new PartialDate(y, m, d);
                    }
                }
                return new PartialDate(year, month, null);
        }
    }

    private static int OneDigit(int value, ref SeededRandom random) =>
        random.Next(2) == 0 ? (value / 10 * 10) + random.Next(10) : (random.Next(4) * 10) + (value % 10);
}
