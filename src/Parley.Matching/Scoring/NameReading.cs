using Parley.Matching.Names;

namespace Parley.Matching.Scoring;

/// <summary>
/// How the engine reads one written name part (a surname, a given name or a patronymic), computed once per distinct
/// spelling: its Latin comparison form, its transliteration key (<see cref="NameKey.Transliterated"/>: the same under
/// every scheme), its phonetic keys (<see cref="NameKey.PhoneticVariants"/>, and for a surname those of its nominative
/// base forms and of each part of a double surname), the given-name or patronymic id the lexicon knows it by, whether it
/// is only an initial, and its blocking tokens. Immutable. <see cref="None"/> stands for a missing part.
/// </summary>
internal sealed record NameReading
{
    /// <summary>A missing name part.</summary>
    public static readonly NameReading None = new();

    /// <summary>The Latin comparison form (<see cref="RecordPreparer.Latin"/>); empty if missing.</summary>
    public string Latin { get; init; } = "";

    /// <summary>The transliteration key: equal when two spellings are one name under two schemes.</summary>
    public string Transliterated { get; init; } = "";

    /// <summary>Phonetic keys: the name as written (every reading of its ambiguous spellings), then its base forms.</summary>
    public string[] Keys { get; init; } = [];

    /// <summary>The keys of each part of a double surname (Шевченко-Коваль: the keys of Шевченко and of Коваль); empty for one part.</summary>
    public string[] PartKeys { get; init; } = [];

    /// <summary>The canonical given-name id (Микола = Николай = Mykola), exact or by a unique phonetic key; null if unknown.</summary>
    public string? GivenId { get; init; }

    /// <summary>Every given-name id the spelling may stand for (Женя: Євген and Євгенія), <see cref="GivenId"/> first.</summary>
    public string[] GivenIds { get; init; } = [];

    /// <summary>True if <see cref="GivenId"/> comes from a spelling the lexicon lists (not from the phonetic fallback).</summary>
    public bool GivenIdIsExact { get; init; }

    /// <summary>The patronymic as the lexicon reads it (father and gender), or null.</summary>
    public Patronymic? Patronymic { get; init; }

    /// <summary>The first letter of the Latin form when the part is written as an initial (М., M), otherwise '\0'.</summary>
    public char Initial { get; init; }

    /// <summary>Blocking tokens that need the name to agree: the id and every phonetic key.</summary>
    public ulong[] Tokens { get; init; } = [];

    /// <summary>True if nothing was written.</summary>
    public bool IsMissing => Latin.Length == 0;

    /// <summary>True if something was written in letters the engine cannot read (no phonetic key: Georgian, Armenian, …).</summary>
    public bool IsUnreadable { get; init; }
}
