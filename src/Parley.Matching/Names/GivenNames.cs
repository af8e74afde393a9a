namespace Parley.Matching.Names;

/// <summary>
/// Ukrainian ↔ Russian given-name equivalences (Микола/Николай, Олена/Елена) with diminutives
/// (Саша, Коля) and western forms (Nicolas, Mikołaj), from <c>Names/Data/given-names.tsv</c>.
/// Lookups accept Cyrillic or Latin in any registered romanisation.
/// </summary>
public static class GivenNames
{
    private static readonly Lazy<Loaded> Data = new(Load);

    /// <summary>Every known given name, in file order.</summary>
    public static IReadOnlyList<GivenName> All => Data.Value.Names;

    /// <summary>
    /// The canonical id shared by all forms of the name (Микола, Николай, Коля, Mykola, Nikolai,
    /// Nicolas → <c>nikolai</c>), or null if the name is not known. A spelling that no scheme
    /// produces falls back to the phonetic key when that key belongs to exactly one name.
    /// </summary>
    public static string? Canonical(string name)
    {
        var ids = Candidates(name);
        if (ids.Count > 0)
        {
            return ids[0];
        }
        var phonetic = Data.Value.Lexicon.Phonetic(name);
        return phonetic.Count == 1 ? phonetic[0] : null;
    }

    /// <summary>
    /// Every id an exact spelling may stand for, most common reading first (Саша → Олександр,
    /// then Олександра; Женя → Євген, then Євгенія). Empty if unknown.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        return Data.Value.Lexicon.Exact(name);
    }

    /// <summary>The name with this id, or null.</summary>
    public static GivenName? Get(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return Data.Value.ById.GetValueOrDefault(id);
    }

    /// <summary>True if both names are forms of the same given name.</summary>
    public static bool AreEquivalent(string a, string b)
    {
        var x = Canonical(a);
        return x is not null && x == Canonical(b);
    }

    private sealed record Loaded(IReadOnlyList<GivenName> Names, IReadOnlyDictionary<string, GivenName> ById, NameLexicon Lexicon);

    private static Loaded Load()
    {
        const string resource = "Parley.Matching.Names.Data.given-names.tsv";
        var names = new List<GivenName>();
        foreach ((var line, var cells) in EmbeddedData.ReadTable(resource))
        {
            if (cells.Length != 6)
            {
                throw new FormatException($"{resource} line {line}: expected 6 tab-separated cells (id, gender, uk, ru, diminutives, other); got {cells.Length}.");
            }
            var gender = cells[1] switch
            {
                "m" => Gender.Masculine,
                "f" => Gender.Feminine,
                _ => throw new FormatException($"{resource} line {line}: gender must be 'm' or 'f'; got '{cells[1]}'."),
            };
            names.Add(new GivenName(cells[0], gender, Split(cells[2]), Split(cells[3]), Split(cells[4]), Split(cells[5])));
        }
        var byId = names.ToDictionary(n => n.Id, StringComparer.Ordinal);

        // Full forms of every name first, so a form that is also someone's diminutive reads as the full name.
        var lexicon = new NameLexicon();
        foreach (var n in names)
        {
            foreach (var form in n.Ukrainian.Concat(n.Russian))
            {
                lexicon.AddCyrillic(form, n.Id);
            }
        }
        foreach (var n in names)
        {
            foreach (var form in n.Diminutives)
            {
                lexicon.AddCyrillic(form, n.Id);
            }
        }
        foreach (var n in names)
        {
            foreach (var form in n.OtherForms)
            {
                lexicon.AddLatin(form, n.Id);
            }
        }
        return new Loaded(names, byId, lexicon);
    }

    private static string[] Split(string cell) =>
        cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
