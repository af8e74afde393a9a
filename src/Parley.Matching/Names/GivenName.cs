namespace Parley.Matching.Names;

/// <summary>
/// One given name as both languages write it: the id shared by all its forms, the Ukrainian and
/// Russian spellings (the first of each is the standard one), diminutives, and Latin forms used
/// in other languages (Nicolas, Mikołaj). Immutable.
/// </summary>
public sealed record GivenName(
    string Id,
    Gender Gender,
    IReadOnlyList<string> Ukrainian,
    IReadOnlyList<string> Russian,
    IReadOnlyList<string> Diminutives,
    IReadOnlyList<string> OtherForms)
{
    /// <summary>Every Cyrillic form: Ukrainian, Russian, then diminutives.</summary>
    public IEnumerable<string> CyrillicForms => Ukrainian.Concat(Russian).Concat(Diminutives);
}
