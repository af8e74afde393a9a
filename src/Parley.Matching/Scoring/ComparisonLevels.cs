namespace Parley.Matching.Scoring;

/// <summary>
/// Every field's comparison levels and their m probabilities (the chance a true match shows the level).
/// The m values are documented priors (docs/reconciliation.md) checked on synthetic data; the u values
/// (the chance a non-match shows it) are estimated on the lists themselves by <see cref="UEstimator"/>.
/// Level 0 is "missing" (weight 0) throughout.
/// </summary>
public static class ComparisonLevels
{
    private static readonly ComparisonLevel[][] ByField = Build();

    /// <summary>The number of fields compared.</summary>
    public const int FieldCount = 8;

    /// <summary>The levels of <paramref name="field"/>, by index.</summary>
    public static IReadOnlyList<ComparisonLevel> Of(Field field) => ByField[(int)field];

    /// <summary>The level at <paramref name="index"/> of <paramref name="field"/>.</summary>
    public static ComparisonLevel Get(Field field, int index) => ByField[(int)field][index];

    // Level indices, named for the comparisons.
    internal const int Missing = 0;

    internal static class Name
    {
        public const int Exact = 1, Phonetic = 2, Close = 3, Similar = 4, Different = 5;
    }

    internal static class Given
    {
        public const int Same = 1, Phonetic = 2, Close = 3, Different = 4;
    }

    internal static class Patronymic
    {
        public const int Same = 1, Close = 2, OtherGender = 3, Different = 4;
    }

    internal static class Date
    {
        public const int Exact = 1, Swapped = 2, Partial = 3, OneDigit = 4, OnePartClose = 5, Different = 6;
    }

    internal static class Service
    {
        public const int Exact = 1, OneEdit = 2, Different = 3;
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
            new(Field.Surname, Name.Exact, "exact", "same spelling after romanisation", 0.55, 0.002),
            new(Field.Surname, Name.Phonetic, "phonetic", "same phonetic key (other script, scheme or case ending)", 0.35, 0.003),
            new(Field.Surname, Name.Close, "close", "Jaro-Winkler ≥ 0.92", 0.055, 0.01),
            new(Field.Surname, Name.Similar, "similar", "Jaro-Winkler ≥ 0.80", 0.025, 0.08),
            new(Field.Surname, Name.Different, "different", "no level above", 0.02, 0.905),
        ];
        byField[(int)Field.Given] =
        [
            Missing(Field.Given),
            new(Field.Given, Given.Same, "same name", "same canonical given name (Микола = Николай = Mykola)", 0.92, 0.03),
            new(Field.Given, Given.Phonetic, "phonetic", "same phonetic key", 0.03, 0.002),
            new(Field.Given, Given.Close, "close", "Jaro-Winkler ≥ 0.88", 0.03, 0.03),
            new(Field.Given, Given.Different, "different", "no level above", 0.02, 0.938),
        ];
        byField[(int)Field.Patronymic] =
        [
            Missing(Field.Patronymic),
            new(Field.Patronymic, Patronymic.Same, "same", "same father's name and gender", 0.93, 0.03),
            new(Field.Patronymic, Patronymic.Close, "close", "same phonetic key or Jaro-Winkler ≥ 0.88", 0.04, 0.02),
            new(Field.Patronymic, Patronymic.OtherGender, "other gender", "same father's name, other gender", 0.005, 0.02),
            new(Field.Patronymic, Patronymic.Different, "different", "no level above", 0.025, 0.93),
        ];
        byField[(int)Field.DateOfBirth] =
        [
            Missing(Field.DateOfBirth),
            new(Field.DateOfBirth, Date.Exact, "exact", "same day, month and year", 0.86, 7e-05),
            new(Field.DateOfBirth, Date.Swapped, "day-month swap", "day and month swapped, same year", 0.03, 3e-05),
            new(Field.DateOfBirth, Date.Partial, "partial", "one side gives part of the date; the parts both give agree", 0.03, 0.003),
            new(Field.DateOfBirth, Date.OneDigit, "one digit off", "one digit of the eight differs", 0.04, 0.0015, BlocksMatch: true),
            new(Field.DateOfBirth, Date.OnePartClose, "one part close", "two parts agree, the third is off by one", 0.01, 0.0015, BlocksMatch: true),
            new(Field.DateOfBirth, Date.Different, "different", "no level above", 0.02, 0.994, BlocksMatch: true),
        ];
        byField[(int)Field.ServiceNumber] =
        [
            Missing(Field.ServiceNumber),
            new(Field.ServiceNumber, Service.Exact, "exact", "same characters, ignoring case and separators", 0.93, 1e-06),
            new(Field.ServiceNumber, Service.OneEdit, "one edit", "one character added, dropped, changed or transposed", 0.05, 0.0001),
            new(Field.ServiceNumber, Service.Different, "different", "no level above", 0.02, 0.9999, BlocksMatch: true),
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
            new(Field.Father, Plain.Same, "same", "same given name (father column, or the other side's patronymic)", 0.92, 0.03),
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
        return byField;
    }
}
