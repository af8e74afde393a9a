using System.Collections.Concurrent;
using System.Text;
using Parley.Matching.Names;
using Parley.Matching.Normalisation;
using Parley.Matching.Records;
using Parley.Matching.Transliteration;

namespace Parley.Matching.Scoring;

/// <summary>
/// Reads <see cref="ListRecord"/>s into <see cref="PreparedRecord"/>s. Name knowledge (romanisation,
/// given-name and patronymic lookup, surname declension) is computed once per distinct spelling and kept
/// in this preparer's caches, so a list of a hundred thousand people costs a few thousand lookups.
/// Thread-safe; use one preparer for both lists of a reconciliation.
/// </summary>
public sealed class RecordPreparer
{
    // Every reading folds case, so one entry serves ШЕВЧЕНКО and Шевченко.
    private readonly ConcurrentDictionary<string, SurnameInfo> _surnames = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, GivenInfo> _givens = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, PatronymicInfo> _patronymics = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, PlainInfo> _plain = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, GivenInfo> _fathers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepares every record of a list, in parallel; the result is in list order.</summary>
    public PreparedRecord[] PrepareAll(IReadOnlyList<ListRecord> records, Action<int>? progress = null)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        var prepared = new PreparedRecord[records.Count];
        var done = 0;
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            prepared[i] = Prepare(records[i], i);
            var n = Interlocked.Increment(ref done);
            if (progress is not null && (n & 4095) == 0)
            {
                progress(n);
            }
        });
        progress?.Invoke(records.Count);
        return prepared;
    }

    /// <summary>Prepares one record; <paramref name="index"/> is its position in its list.</summary>
    public PreparedRecord Prepare(ListRecord record, int index)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        var p = new PreparedRecord(record, index);
        (var surname, var given, var patronymic, var swapped) = ReadNames(record);
        p.ReadSwapped = swapped;
        p.SurnameText = surname;
        p.GivenText = given;
        p.PatronymicText = patronymic;
        if (surname.Length > 0)
        {
            var s = _surnames.GetOrAdd(surname, ReadSurname);
            p.SurnameLatin = s.Latin;
            p.SurnameKeys = s.Keys;
        }
        if (given.Length > 0)
        {
            var g = Given(given);
            p.GivenId = g.Id;
            p.GivenKey = g.Key;
            p.GivenLatin = g.Latin;
        }
        if (patronymic.Length > 0)
        {
            var pi = _patronymics.GetOrAdd(patronymic, ReadPatronymic);
            p.Patronymic = pi.Patronymic;
            p.PatronymicKey = pi.Key;
            p.PatronymicLatin = pi.Latin;
        }
        p.ServiceNumber = NormaliseServiceNumber(record.ServiceNumber);
        if (!string.IsNullOrWhiteSpace(record.Birthplace))
        {
            var b = _plain.GetOrAdd(record.Birthplace, ReadPlain);
            p.BirthplaceKey = b.Key;
            p.BirthplaceLatin = b.Latin;
        }
        if (!string.IsNullOrWhiteSpace(record.Father))
        {
            var father = _fathers.GetOrAdd(record.Father, ReadFather);
            p.FatherId = father.Id;
            p.FatherKey = father.Key;
        }
        if (!string.IsNullOrWhiteSpace(record.MotherMaiden))
        {
            var m = _surnames.GetOrAdd(record.MotherMaiden.Trim(), ReadSurname);
            p.MotherKey = m.Keys.Length > 0 ? m.Keys[0] : "";
            p.MotherLatin = m.Latin;
        }
        return p;
    }

    /// <summary>
    /// Which text is the surname, the given name and the patronymic. Separate columns are taken as they
    /// are unless the surname column holds a known given name and the given-name column does not (swapped
    /// order). A full-name column is split into words: a known patronymic, then a known given name, and
    /// the rest is the surname; failing that, Ukrainian and Russian order (surname, given, patronymic).
    /// </summary>
    internal (string Surname, string Given, string Patronymic, bool Swapped) ReadNames(ListRecord r)
    {
        var surname = Clean(r.Surname);
        var given = Clean(r.Given);
        var patronymic = Clean(r.Patronymic);
        if (surname.Length == 0 && given.Length == 0 && Clean(r.FullName) is { Length: > 0 } full)
        {
            return SplitFullName(full);
        }
        if (surname.Length > 0 && given.Length > 0 && Given(given).ExactId is null && Given(surname).ExactId is not null
            && _surnames.GetOrAdd(given, ReadSurname).Keys.Length > 0)
        {
            return (given, surname, patronymic, true);
        }
        if (patronymic.Length == 0 && given.Contains(' ', StringComparison.Ordinal))
        {
            // "Микола Іванович" in the given-name column.
            var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 2 && _patronymics.GetOrAdd(words[1], ReadPatronymic).Patronymic is not null)
            {
                return (surname, words[0], words[1], false);
            }
        }
        return (surname, given, patronymic, false);
    }

    private (string, string, string, bool) SplitFullName(string full)
    {
        var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 1)
        {
            return (words[0], "", "", false);
        }
        var patronymic = "";
        for (var i = words.Count - 1; i >= 1; i--)
        {
            if (_patronymics.GetOrAdd(words[i], ReadPatronymic).Patronymic is not null && Given(words[i]).ExactId is null)
            {
                patronymic = words[i];
                words.RemoveAt(i);
                break;
            }
        }
        // The given name is the first known given name, preferring the second word (surname first is the custom).
        var givenAt = -1;
        if (words.Count > 1 && Given(words[1]).ExactId is not null)
        {
            givenAt = 1;
        }
        else if (Given(words[0]).ExactId is not null)
        {
            givenAt = 0;
        }
        else
        {
            givenAt = words.FindIndex(w => Given(w).ExactId is not null);
        }
        var swapped = givenAt == 0;
        if (givenAt < 0)
        {
            givenAt = words.Count > 1 ? 1 : -1;
        }
        var given = givenAt >= 0 ? words[givenAt] : "";
        if (givenAt >= 0)
        {
            words.RemoveAt(givenAt);
        }
        return (string.Join(' ', words), given, patronymic, swapped);
    }

    private GivenInfo Given(string text) => _givens.GetOrAdd(text, ReadGiven);

    /// <summary>The father column may hold a full name; his given name is the word that is a known given name.</summary>
    private GivenInfo ReadFather(string text)
    {
        var words = Words(text);
        var known = words.Select(Given).FirstOrDefault(g => g.ExactId is not null);
        return known ?? Given(words.Length > 0 ? words[0] : text);
    }

    private static SurnameInfo ReadSurname(string text)
    {
        var keys = new List<string>(2);
        void AddKey(string form)
        {
            var key = NameKey.Phonetic(form);
            if (key.Length > 0 && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }
        AddKey(text);
        foreach (var form in Surnames.BaseForms(text))
        {
            if (!form.IsGenderVariant)
            {
                AddKey(form.Form);
            }
        }
        return new SurnameInfo(Latin(text), [.. keys]);
    }

    private static GivenInfo ReadGiven(string text)
    {
        var exact = GivenNames.Candidates(text) is { Count: > 0 } ids ? ids[0] : null;
        if (exact is null && Words(text) is { Length: > 1 } words && GivenNames.Candidates(words[0]) is { Count: > 0 } first)
        {
            exact = first[0];
        }
        return new GivenInfo(exact ?? GivenNames.Canonical(text), exact, NameKey.Phonetic(text), Latin(text));
    }

    private static PatronymicInfo ReadPatronymic(string text) =>
        new(Patronymics.Parse(text), NameKey.Phonetic(text), Latin(text));

    private static PlainInfo ReadPlain(string text) => new(NameKey.Phonetic(text), Latin(text));

    /// <summary>
    /// The Latin comparison form: Cyrillic romanised by ICAO Doc 9303 (the scheme <see cref="NameKey"/> also
    /// reads through), then normalised, without diacritics and apostrophes.
    /// </summary>
    public static string Latin(string text)
    {
        var s = ScriptDetector.ContainsCyrillic(text) ? Schemes.RussianIcao9303.Romanise(text) : text;
        s = NameNormaliser.RemoveDiacritics(NameNormaliser.Normalise(s));
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c) || c == ' ')
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    internal static string NormaliseServiceNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }
        return sb.ToString();
    }

    private static string Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : NameNormaliser.CollapseWhitespace(text);

    private static string[] Words(string text) =>
        NameNormaliser.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private sealed record SurnameInfo(string Latin, string[] Keys);

    /// <summary><paramref name="Id"/> includes the phonetic fallback (for comparing); <paramref name="ExactId"/>
    /// is a spelling some scheme gives (for telling a given name from a surname).</summary>
    private sealed record GivenInfo(string? Id, string? ExactId, string Key, string Latin);

    private sealed record PatronymicInfo(Patronymic? Patronymic, string Key, string Latin);

    private sealed record PlainInfo(string Key, string Latin);
}
