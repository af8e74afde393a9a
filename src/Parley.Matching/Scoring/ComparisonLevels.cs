namespace Parley.Matching.Scoring;

/// <summary>
/// Every field's comparison levels, in the manner of Splink's comparison levels: the first level a pair satisfies is
/// its level for the field. Each level carries documented priors for m (the chance a true match shows it) and u (the
/// chance a non-match does); the lists themselves refine both (<see cref="UEstimator"/>, <see cref="MEstimator"/>).
/// Level 0 is "missing" (weight 0) throughout. Levels are weights, never vetoes; the one exception is a clash on the
/// service number, a strong identifier, which holds a pair at review (<see cref="ComparisonLevel.HoldsAtReview"/>).
/// </summary>
public static class ComparisonLevels
{
    private static readonly ComparisonLevel[][] ByField = Build();

    /// <summary>The number of fields compared.</summary>
    public const int FieldCount = 9;

    /// <summary>The most levels any field has (missing included); a level index fits in four bits.</summary>
    public const int MaxLevels = 16;

    /// <summary>The levels of <paramref name="field"/>, by index.</summary>
    public static IReadOnlyList<ComparisonLevel> Of(Field field) => ByField[(int)field];

    /// <summary>The level at <paramref name="index"/> of <paramref name="field"/>.</summary>
    public static ComparisonLevel Get(Field field, int index) => ByField[(int)field][index];

    // Level indices, named for the comparisons.
    internal const int Missing = 0;

    internal static class Surname
    {
        public const int Exact = 1, Transliterated = 2, Phonetic = 3, Part = 4, Close = 5, Similar = 6, Different = 7;
    }

    internal static class Given
    {
        public const int Exact = 1, Transliterated = 2, SameName = 3, OtherNameAlike = 4, Phonetic = 5, Close = 6, Similar = 7, Initial = 8, Different = 9;
    }

    internal static class Patronymic
    {
        public const int Exact = 1, Same = 2, Close = 3, OtherGender = 4, Initial = 5, Different = 6;
    }

    internal static class Date
    {
        public const int Exact = 1, Swapped = 2, Placeholder = 3, OneDigit = 4, DayClose = 5, YearOff = 6, Partial = 7, TwoParts = 8, Different = 9;
    }

    internal static class Service
    {
        public const int Exact = 1, SameDigits = 2, OneEdit = 3, Different = 4;
    }

    internal static class Plain
    {
        public const int Same = 1, Close = 2, Different = 3;
    }

    private static ComparisonLevel[][] Build()
    {
        static ComparisonLevel Missing(Field f) => new(f, 0, "missing", "one side or both lack it", 1, 1);
        var byField = new ComparisonLevel[FieldCount][];
        byField[(int)Field.Surname] =
        [
            Missing(Field.Surname),
            new(Field.Surname, Surname.Exact, "exact", "same spelling after romanisation", 0.5, 0.002),
            new(Field.Surname, Surname.Transliterated, "transliterated", "the same name under another script or scheme (Олійник, Oliinyk, Olijnyk, Олийнык)", 0.15, 0.0005),
            new(Field.Surname, Surname.Phonetic, "other form", "the same phonetic key: the other language's form, letter for letter, declined (Олійник, Олейник; Шевченка)", 0.25, 0.002),
            new(Field.Surname, Surname.Part, "one part", "one part of a double surname (Шевченко-Коваль, Шевченко)", 0.01, 0.0005),
            new(Field.Surname, Surname.Close, "close", "one letter off, or Jaro-Winkler ≥ 0.92", 0.06, 0.005),
            new(Field.Surname, Surname.Similar, "similar", "Jaro-Winkler ≥ 0.80", 0.02, 0.05),
            new(Field.Surname, Surname.Different, "different", "no level above", 0.01, 0.94),
        ];
        byField[(int)Field.Given] =
        [
            Missing(Field.Given),
            new(Field.Given, Given.Exact, "exact", "same spelling after romanisation", 0.45, 0.02),
            new(Field.Given, Given.Transliterated, "transliterated", "the same name under another script or scheme", 0.15, 0.005),
            new(Field.Given, Given.SameName, "same name", "the same given name in another form (Микола = Николай = Коля = Nicolas)", 0.3, 0.01),
            new(Field.Given, Given.OtherNameAlike, "other name", "two different known names spelt alike (Олександр, Олександра)", 0.005, 0.01),
            new(Field.Given, Given.Phonetic, "phonetic", "the same phonetic key (a spelling the name list does not know: Мыкола, Jewgenij)", 0.03, 0.002),
            new(Field.Given, Given.Close, "close", "one letter off, or Jaro-Winkler ≥ 0.88 (Паввел, Інат)", 0.04, 0.005),
            new(Field.Given, Given.Similar, "similar", "Jaro-Winkler ≥ 0.75 (two slips, an OCR error: Volodyrnyr)", 0.01, 0.03),
            new(Field.Given, Given.Initial, "initial", "one side gives only the initial, and it agrees", 0.005, 0.05),
            new(Field.Given, Given.Different, "different", "no level above", 0.015, 0.9),
        ];
        byField[(int)Field.Patronymic] =
        [
            Missing(Field.Patronymic),
            new(Field.Patronymic, Patronymic.Exact, "exact", "same spelling after romanisation", 0.5, 0.01),
            new(Field.Patronymic, Patronymic.Same, "same", "the same father's name and gender in another form or script", 0.43, 0.01),
            new(Field.Patronymic, Patronymic.Close, "close", "same phonetic key, one letter off, or Jaro-Winkler ≥ 0.88", 0.03, 0.01),
            new(Field.Patronymic, Patronymic.OtherGender, "other gender", "the same father's name, the other gender (a brother and sister)", 0.005, 0.01),
            new(Field.Patronymic, Patronymic.Initial, "initial", "one side gives only the initial, and it agrees", 0.005, 0.05),
            new(Field.Patronymic, Patronymic.Different, "different", "no level above", 0.03, 0.92),
        ];
        byField[(int)Field.DateOfBirth] =
        [
            Missing(Field.DateOfBirth),
            new(Field.DateOfBirth, Date.Exact, "exact", "same day, month and year", 0.85, 7e-05),
            new(Field.DateOfBirth, Date.Swapped, "day-month swap", "day and month swapped, same year", 0.01, 3e-05),
            new(Field.DateOfBirth, Date.Placeholder, "placeholder", "one side gives 1 January (or the 1st of the month) of the same year (and month): a registry's default", 0.02, 0.0002),
            new(Field.DateOfBirth, Date.OneDigit, "one digit", "one digit of the eight differs", 0.04, 0.0015),
            new(Field.DateOfBirth, Date.DayClose, "day close", "one or two days apart (across a month's end too)", 0.01, 0.0003),
            new(Field.DateOfBirth, Date.YearOff, "year off", "the year one off, the day and month the same (or not given on one side)", 0.01, 0.0003),
            new(Field.DateOfBirth, Date.Partial, "partial", "one side gives part of the date; the parts both give agree", 0.05, 0.003),
            new(Field.DateOfBirth, Date.TwoParts, "two parts", "two of day, month and year agree", 0.005, 0.004),
            new(Field.DateOfBirth, Date.Different, "different", "no level above", 0.001, 0.99),
        ];
        byField[(int)Field.ServiceNumber] =
        [
            Missing(Field.ServiceNumber),
            new(Field.ServiceNumber, Service.Exact, "exact", "same series and number, however written (АВ 123456, AB-123456, AV123456)", 0.9, 1e-06),
            new(Field.ServiceNumber, Service.SameDigits, "same number", "the same number, the series differs or is missing", 0.07, 1e-06),
            new(Field.ServiceNumber, Service.OneEdit, "one edit", "one digit added, dropped, changed or transposed", 0.02, 0.0001),
            new(Field.ServiceNumber, Service.Different, "different", "no level above", 0.01, 0.9999, HoldsAtReview: true),
        ];
        byField[(int)Field.Birthplace] =
        [
            Missing(Field.Birthplace),
            new(Field.Birthplace, Plain.Same, "same", "same phonetic key", 0.85, 0.02),
            new(Field.Birthplace, Plain.Close, "close", "Jaro-Winkler ≥ 0.88", 0.07, 0.02),
            new(Field.Birthplace, Plain.Different, "different", "no level above", 0.08, 0.96),
        ];
        byField[(int)Field.Father] =
        [
            Missing(Field.Father),
            new(Field.Father, Plain.Same, "same", "same given name (father column, or the other side's patronymic when one side has none)", 0.92, 0.03),
            new(Field.Father, Plain.Close, "close", "same phonetic key", 0.03, 0.01),
            new(Field.Father, Plain.Different, "different", "no level above", 0.05, 0.96),
        ];
        byField[(int)Field.MotherMaiden] =
        [
            Missing(Field.MotherMaiden),
            new(Field.MotherMaiden, Plain.Same, "same", "same phonetic key", 0.88, 0.003),
            new(Field.MotherMaiden, Plain.Close, "close", "Jaro-Winkler ≥ 0.88", 0.06, 0.01),
            new(Field.MotherMaiden, Plain.Different, "different", "no level above", 0.06, 0.987),
        ];
        byField[(int)Field.Rank] =
        [
            Missing(Field.Rank),
            new(Field.Rank, Plain.Same, "same", "the same rank in any language or script (солдат = рядовой = private)", 0.85, 0.2),
            new(Field.Rank, Plain.Close, "close", "one grade apart: a promotion between the records, or a neighbouring rank's translation", 0.1, 0.25),
            new(Field.Rank, Plain.Different, "different", "further apart", 0.05, 0.55),
        ];
        return byField;
    }
}
