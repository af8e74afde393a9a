namespace Parley.Demo.Synthetic;

/// <summary>
/// The difficulty classes of <see cref="TruthPair.DifficultyClass"/>, so precision and recall can be
/// reported per class. A pair has one class: the error applied to the right side's record if there was
/// one, otherwise the script change.
/// </summary>
public static class DifficultyClasses
{
    /// <summary>Both sides in Ukrainian Cyrillic; at most case and missing optional fields differ.</summary>
    public const string SameScript = "same-script";

    /// <summary>The right side in Russian Cyrillic with Russian forms of the names (Микола → Николай).</summary>
    public const string CrossCyrillic = "cross-cyrillic";

    /// <summary>The right side in Latin under one of the registered romanisation schemes.</summary>
    public const string LatinScheme = "latin-scheme";

    /// <summary>The surname in an oblique case (Шевченка, Іванова, Ковальського).</summary>
    public const string Declined = "declined";

    /// <summary>Given name and surname swapped, or a full name written given name first.</summary>
    public const string SwappedOrder = "swapped-order";

    /// <summary>Day and month swapped, one digit wrong, the day missing, or the year only.</summary>
    public const string DateError = "date-error";

    /// <summary>One or two edits (substitution, deletion, insertion, transposition) in a name.</summary>
    public const string Typo = "typo";

    /// <summary>A name and little else: no patronymic, at most a year of birth, no other fields.</summary>
    public const string Sparse = "sparse";

    /// <summary>Every class, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [SameScript, CrossCyrillic, LatinScheme, Declined, SwappedOrder, DateError, Typo, Sparse];
}
