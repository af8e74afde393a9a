namespace Parley.Evaluation.Errors;

/// <summary>Names, sides and compatibility of the error classes (ERROR-MODEL.md, "Classes").</summary>
internal static class ClassCatalog
{
    public const string Clean = "clean";

    private static readonly string[] Names =
    [
        "dob-one-digit", "dob-day-off", "dob-day-month-swapped", "dob-year-off", "dob-missing", "dob-partial",
        "dob-placeholder", "no-patronymic", "swapped-order", "typo-surname", "typo-given", "caps", "declined",
        "hyphen-or-double-surname", "name-in-one-column", "diminutive", "service-number-format", "ru-form",
        "letter-mapped", "latin:ua-2010", "latin:bgn-pcgn-uk-1965", "latin:icao-9303", "latin:mvd-1997",
        "latin:bgn-pcgn-ru", "latin:gost-7.79-b", "latin:iso-9", "latin:german", "latin:polish", "latin:french",
        "latin:loc", "latin:scholarly", "script:georgian", "script:armenian",
    ];

    // The share of applications made on the left (Ukrainian) list; the rest go right.
    private static readonly double[] LeftShares =
    [
        0.5, 0.5, 0.5, 0.5, 0.3, 0.3, 0.5, 0.2, 0.3, 0.4, 0.4, 0.4, 0.6, 0.5, 0.3, 0.3, 0.2, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    public static IReadOnlyList<ErrorClass> All { get; } = Enum.GetValues<ErrorClass>();

    public static string Name(ErrorClass errorClass) => Names[(int)errorClass];

    public static ErrorClass Parse(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index >= 0 ? (ErrorClass)index : throw new FormatException($"unknown class '{name}'");
    }

    public static double LeftShare(ErrorClass errorClass) => LeftShares[(int)errorClass];

    public static bool IsDate(ErrorClass errorClass) => errorClass <= ErrorClass.DobPlaceholder;

    public static bool IsLatin(ErrorClass errorClass) =>
        errorClass is >= ErrorClass.LatinUa2010 and <= ErrorClass.LatinScholarly;

    public static bool IsForeignScript(ErrorClass errorClass) =>
        errorClass is ErrorClass.ScriptGeorgian or ErrorClass.ScriptArmenian;

    /// <summary>The classes that decide the right record's script (at most one of each kind per pair).</summary>
    public static bool IsScript(ErrorClass errorClass) =>
        IsLatin(errorClass) || IsForeignScript(errorClass) || errorClass is ErrorClass.RuForm or ErrorClass.LetterMapped;

    /// <summary>Whether two classes can be in one pair (ERROR-MODEL.md: one date class, one script, …).</summary>
    public static bool Compatible(ErrorClass a, ErrorClass b)
    {
        if (a == b)
        {
            return false;
        }

        if ((IsDate(a) && IsDate(b)) || (IsLatin(a) && IsLatin(b)) || (IsForeignScript(a) && IsForeignScript(b)))
        {
            return false;
        }

        return FormCompatible(a, b) && FormCompatible(b, a);
    }

    private static bool FormCompatible(ErrorClass form, ErrorClass other)
    {
        if (IsForeignScript(other))
        {
            return !IsScript(form);
        }

        if (form is not (ErrorClass.RuForm or ErrorClass.LetterMapped))
        {
            return true;
        }

        if (other is ErrorClass.RuForm or ErrorClass.LetterMapped)
        {
            return false;
        }

        if (!IsLatin(other))
        {
            return true;
        }

        var source = Transliteration.Schemes.Source(other);
        return source == Transliteration.SchemeSource.Either
            || (source == Transliteration.SchemeSource.RussianOnly && form == ErrorClass.LetterMapped);
    }
}
