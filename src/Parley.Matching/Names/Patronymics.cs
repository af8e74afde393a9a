namespace Parley.Matching.Names;

/// <summary>
/// Ukrainian and Russian patronymics, derived by rule from the standard forms in
/// <see cref="GivenNames"/> (Олександр → Олександрович/Олександрівна, Александр →
/// Александрович/Александровна) with the irregular ones listed in
/// <c>Names/Data/patronymics-irregular.tsv</c> (Микола → Миколайович, Илья → Ильич/Ильинична).
/// </summary>
public static class Patronymics
{
    private static readonly Lazy<Loaded> Data = new(Load);

    /// <summary>
    /// The canonical id of a patronymic in any script (Миколайович, Николаевич, Mykolaiovych,
    /// Nikolaevich → <c>nikolai.m</c>), or null if it is not known.
    /// </summary>
    public static string? Canonical(string patronymic) => Parse(patronymic)?.Id;

    /// <summary>The father's name and the bearer's gender, or null if the patronymic is not known.</summary>
    public static Patronymic? Parse(string patronymic)
    {
        Preconditions.CheckNotNull(patronymic, nameof(patronymic));
        var ids = Data.Value.Lexicon.Exact(patronymic);
        if (ids.Count == 0)
        {
            ids = Data.Value.Lexicon.Phonetic(patronymic) is { Count: 1 } one ? one : [];
        }
        return ids.Count == 0 ? null : Data.Value.ById[ids[0]];
    }

    /// <summary>The Cyrillic forms of the patronymic from the given name with this id (both languages, both genders).</summary>
    public static IReadOnlyList<(string Form, Gender Gender, string Language)> FormsOf(string givenNameId)
    {
        Preconditions.CheckNotNull(givenNameId, nameof(givenNameId));
        return Data.Value.Forms.TryGetValue(givenNameId, out var forms) ? forms : [];
    }

    /// <summary>
    /// The regular Ukrainian patronymic pair (masculine, feminine) of a standard Ukrainian male name:
    /// -ій → -ійович/-іївна; -й → -йович/-ївна; -о, -а, -я → -ович/-івна on the stem;
    /// -ь → -ьович/-івна; a consonant → -ович/-івна.
    /// </summary>
    public static (string Masculine, string Feminine) DeriveUkrainian(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (name.EndsWith("ій", StringComparison.Ordinal))
        {
            var stem = name[..^2];
            return (stem + "ійович", stem + "іївна");
        }
        if (name.EndsWith('й'))
        {
            return (name + "ович", name[..^1] + "ївна");
        }
        if (name.EndsWith('о') || name.EndsWith('а') || name.EndsWith('я'))
        {
            var stem = name[..^1];
            return (stem + "ович", stem + "івна");
        }
        if (name.EndsWith('ь'))
        {
            return (name + "ович", name[..^1] + "івна");
        }
        return (name + "ович", name + "івна");
    }

    /// <summary>
    /// The regular Russian patronymic pair (masculine, feminine) of a standard Russian male name:
    /// -ий → -ьевич/-ьевна; -ей, -ай, -ой, -уй → -евич/-евна; -ь → -евич/-евна; -а, -я → -ич/-ична;
    /// a consonant → -ович/-овна.
    /// </summary>
    public static (string Masculine, string Feminine) DeriveRussian(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (name.EndsWith("ий", StringComparison.Ordinal))
        {
            var stem = name[..^2];
            return (stem + "ьевич", stem + "ьевна");
        }
        if (name.EndsWith('й') || name.EndsWith('ь'))
        {
            var stem = name[..^1];
            return (stem + "евич", stem + "евна");
        }
        if (name.EndsWith('а') || name.EndsWith('я'))
        {
            var stem = name[..^1];
            return (stem + "ич", stem + "ична");
        }
        return (name + "ович", name + "овна");
    }

    private sealed record Loaded(
        NameLexicon Lexicon,
        IReadOnlyDictionary<string, Patronymic> ById,
        IReadOnlyDictionary<string, IReadOnlyList<(string, Gender, string)>> Forms);

    private static Loaded Load()
    {
        const string resource = "Parley.Matching.Names.Data.patronymics-irregular.tsv";
        var irregular = new Dictionary<(string Id, string Lang), List<(string M, string F)>>();
        foreach ((var line, var cells) in EmbeddedData.ReadTable(resource))
        {
            if (cells.Length != 4 || cells[1] is not ("uk" or "ru"))
            {
                throw new FormatException($"{resource} line {line}: expected 'id<TAB>uk|ru<TAB>masculine<TAB>feminine'.");
            }
            if (GivenNames.Get(cells[0]) is null)
            {
                throw new FormatException($"{resource} line {line}: '{cells[0]}' is not an id in given-names.tsv.");
            }
            var key = (cells[0], cells[1]);
            if (!irregular.TryGetValue(key, out var list))
            {
                irregular[key] = list = [];
            }
            list.Add((cells[2], cells[3]));
        }

        var lexicon = new NameLexicon();
        var byId = new Dictionary<string, Patronymic>(StringComparer.Ordinal);
        var forms = new Dictionary<string, IReadOnlyList<(string, Gender, string)>>(StringComparer.Ordinal);
        foreach (var name in GivenNames.All.Where(n => n.Gender == Gender.Masculine))
        {
            var own = new List<(string, Gender, string)>();
            foreach (var lang in new[] { "uk", "ru" })
            {
                var standard = lang == "uk" ? name.Ukrainian : name.Russian;
                var pairs = irregular.TryGetValue((name.Id, lang), out var listed)
                    ? listed
                    : standard.Count == 0 ? [] : [lang == "uk" ? DeriveUkrainian(standard[0]) : DeriveRussian(standard[0])];
                foreach ((var m, var f) in pairs)
                {
                    own.Add((m, Gender.Masculine, lang));
                    own.Add((f, Gender.Feminine, lang));
                }
            }
            forms[name.Id] = own;
            foreach ((var form, var gender, var _) in own)
            {
                var p = new Patronymic(name.Id, gender);
                byId[p.Id] = p;
                lexicon.AddCyrillic(form, p.Id);
            }
        }
        return new Loaded(lexicon, byId, forms);
    }
}
