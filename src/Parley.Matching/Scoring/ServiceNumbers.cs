using System.Text;

namespace Parley.Matching.Scoring;

/// <summary>
/// Reads a service number as a series of letters and a number, so that the ways clerks write one number agree:
/// <c>АВ 123456</c>, <c>АВ-123456</c>, <c>АВ №123456</c>, <c>ав123456</c>, Latin look-alikes <c>AB123456</c> and the
/// transliterated <c>AV123456</c>. Separators and signs are dropped; each series letter is folded to one class shared
/// by the Cyrillic letter, the Latin letter that looks like it and the Latin letter that transliterates it (В, B, V).
/// </summary>
internal static class ServiceNumbers
{
    /// <summary>The digits and the folded series of <paramref name="text"/>; both empty if there is nothing.</summary>
    public static (string Digits, string Series) Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ("", "");
        }
        // № first: compatibility normalisation would spell it "No", two letters of the series.
        var normalised = (IsPlain(text) ? text : text.Replace("№", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormKC)).ToUpperInvariant();
        if (normalised.AsSpan().IndexOf('H') >= 0)
        {
            normalised = normalised.Replace("KH", "X", StringComparison.Ordinal).Replace("ZH", "Ж", StringComparison.Ordinal)
                .Replace("CH", "Ч", StringComparison.Ordinal).Replace("SH", "Ш", StringComparison.Ordinal);
        }
        var digits = new StringBuilder(normalised.Length);
        var series = new StringBuilder(4);
        foreach (var c in normalised)
        {
            if (char.IsDigit(c))
            {
                digits.Append(c);
            }
            else if (char.IsLetter(c))
            {
                series.Append(Fold(c));
            }
        }
        return (digits.ToString(), series.ToString());
    }

    /// <summary>Digits, basic Latin and Cyrillic letters, spaces and hyphens: compatibility normalisation changes nothing.</summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is (>= '\u0410' and <= '\u044F') or ' ' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    // Look-alikes and transliterations of the letters military series use, one class each.
    private static char Fold(char c) => c switch
    {
        'А' => 'A',
        'В' or 'V' => 'B',
        'Е' or 'Є' or 'Э' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' or 'N' => 'H',
        'О' => 'O',
        'Р' or 'R' => 'P',
        'С' or 'S' => 'C',
        'Т' => 'T',
        'У' or 'U' => 'Y',
        'Х' => 'X',
        'І' or 'И' => 'I',
        'Б' => 'B',
        'Г' or 'Ґ' => 'G',
        'Д' => 'D',
        'З' => 'Z',
        'Л' => 'L',
        'П' => 'P',
        'Ф' => 'F',
        'Ц' => 'Ц',
        _ => c,
    };
}
