using System.Collections.Concurrent;
using System.Text;
using Parley.Matching.Blocking;
using Parley.Matching.Names;
using Parley.Matching.Normalisation;
using Parley.Matching.Ranks;
using Parley.Matching.Records;
using Parley.Matching.Transliteration;

namespace Parley.Matching.Scoring;

/// <summary>
/// Reads <see cref="ListRecord"/>s into <see cref="PreparedRecord"/>s. Name knowledge (romanisation, given-name and
/// patronymic lookup, surname declension, phonetic and transliteration keys, blocking tokens) is computed once per
/// distinct spelling and kept in this preparer's caches, so a list of a hundred thousand people costs a few thousand
/// lookups. Thread-safe; use one preparer for both lists of a reconciliation.
/// </summary>
public sealed partial class RecordPreparer
{
    // Every reading folds case, so one entry serves ШЕВЧЕНКО and Шевченко.
    private readonly ConcurrentDictionary<string, NameReading> _surnames = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, NameReading> _givens = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, NameReading> _patronymics = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (string Key, string Latin)> _plain = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (string Key, int Grades)> _ranks = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, NameReading> _fathers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _knownGiven = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _phoneticGiven = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, NameReading> _givenInCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _knownPatronymic = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepares every record of a list, in parallel; the result is in list order.</summary>
    public PreparedRecord[] PrepareAll(IReadOnlyList<ListRecord> records, Action<int>? progress = null)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        var prepared = new PreparedRecord[records.Count];
        var done = 0;
        Parallel.For(0, records.Count, EngineParallelism.Options(), i =>
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
        p.Surname = surname.Length > 0 ? Surname(surname) : NameReading.None;
        p.Given = given.Length > 0 ? Given(given) : NameReading.None;
        p.Patronymic = patronymic.Length > 0 ? Patronymic(patronymic) : NameReading.None;
        if (InObliqueCase(p.Patronymic, patronymic) && IsWomansName(p.Given))
        {
            p.Given = _givenInCase.GetOrAdd(given, text => MansNameInCase(text) is { } nominative ? Given(nominative) : Given(text));
        }
        (p.ServiceDigits, p.ServiceSeries) = ServiceNumbers.Read(record.ServiceNumber);
        if (!string.IsNullOrWhiteSpace(record.Birthplace))
        {
            (p.BirthplaceKey, p.BirthplaceLatin) = _plain.GetOrAdd(record.Birthplace, static text => (NameKey.Phonetic(text), Latin(text)));
        }
        if (!string.IsNullOrWhiteSpace(record.Father))
        {
            var father = _fathers.GetOrAdd(record.Father, ReadFather);
            p.FatherId = father.GivenId;
            p.FatherKey = father.Keys.Length > 0 ? father.Keys[0] : "";
        }
        p.FatherTokens = p.Patronymic.IsMissing && p.FatherId is { } fatherId ? [BlockingTokens.Of(fatherId, IdDomain)] : p.Patronymic.Tokens;
        if (!string.IsNullOrWhiteSpace(record.MotherMaiden))
        {
            var m = Surname(record.MotherMaiden.Trim());
            p.MotherKey = m.Keys.Length > 0 ? m.Keys[0] : "";
            p.MotherLatin = m.Latin;
        }
        if (!string.IsNullOrWhiteSpace(record.Rank))
        {
            (p.RankKey, p.RankGrades) = _ranks.GetOrAdd(record.Rank, static text => (MilitaryRanks.Key(text), MilitaryRanks.Grades(text)));
        }
        return p;
    }

    private NameReading Surname(string text) => _surnames.GetOrAdd(text, ReadSurname);

    private NameReading Given(string text) => _givens.GetOrAdd(text, ReadGiven);

    private NameReading Patronymic(string text) => _patronymics.GetOrAdd(text, ReadPatronymic);

    /// <summary>The father column may hold a full name; his given name is the word that is a known given name.</summary>
    private NameReading ReadFather(string text)
    {
        var words = Words(text);
        var known = words.FirstOrDefault(IsKnownGivenName);
        return Given(known ?? (words.Length > 0 ? words[0] : text));
    }

    private static NameReading ReadSurname(string text)
    {
        var keys = new List<string>(4);
        void AddKeys(string form)
        {
            foreach (var key in NameKey.PhoneticVariants(form))
            {
                if (key.Length > 0 && !keys.Contains(key))
                {
                    keys.Add(key);
                }
            }
        }
        AddKeys(text);
        foreach (var form in Surnames.BaseForms(text))
        {
            if (!form.IsGenderVariant)
            {
                AddKeys(form.Form);
            }
        }
        // A double surname (Шевченко-Коваль, Шевченко Коваль): each part on its own, for the other list's one part.
        var parts = text.Split([' ', '-', NameNormaliser.Hyphen], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] partKeys = parts.Length < 2 ? [] : [.. parts.Select(NameKey.Phonetic).Where(k => k.Length > 1).Distinct(StringComparer.Ordinal)];
        var tokens = keys.Concat(partKeys).Select(k => BlockingTokens.Of(k, NameDomain)).Distinct().ToArray();
        return new NameReading
        {
            Latin = Latin(text),
            Transliterated = NameKey.Transliterated(text),
            Keys = [.. keys],
            PartKeys = partKeys,
            Initial = InitialOf(text),
            Tokens = tokens,
            IsUnreadable = keys.Count == 0 && text.Any(char.IsLetter),
        };
    }

    private static NameReading ReadGiven(string text)
    {
        var ids = KnownGivenIds(text);
        var exact = ids.Count > 0;
        var id = exact ? ids[0] : GivenNames.Canonical(text);
        string[] allIds = exact ? [.. ids] : id is null ? [] : [id];
        var keys = NameKey.PhoneticVariants(text).Where(k => k.Length > 0).ToArray();
        ulong[] tokens = [.. allIds.Select(i => BlockingTokens.Of(i, IdDomain)).Concat(keys.Select(k => BlockingTokens.Of(k, NameDomain)))];
        return new NameReading
        {
            Latin = Latin(text),
            Transliterated = NameKey.Transliterated(text),
            Keys = keys,
            GivenId = id,
            GivenIds = allIds,
            GivenIdIsExact = exact,
            Initial = InitialOf(text),
            Tokens = tokens,
            IsUnreadable = keys.Length == 0 && text.Any(char.IsLetter),
        };
    }

    /// <summary>
    /// The given-name ids a spelling stands for: as written; else its first word (Микола Іванович); else read by GOST 7.79
    /// system B (x for х: Mixail); else a nominative it may be a case of (Миколи, Олександру, Olegu); else a full name it
    /// may be a pet form of (Оксанка, Ніночка, Ianotchka).
    /// </summary>
    private static IReadOnlyList<string> KnownGivenIds(string text)
    {
        if (GivenNames.Candidates(text) is { Count: > 0 } ids)
        {
            return ids;
        }
        if (Words(text) is { Length: > 1 } words && GivenNames.Candidates(words[0]) is { Count: > 0 } first)
        {
            return first;
        }
        if (GostB(text) is { } gost && GivenNames.Candidates(gost) is { Count: > 0 } read)
        {
            return read;
        }
        foreach (var nominative in GivenNameCases.Nominatives(text))
        {
            if (GivenNames.Candidates(nominative) is { Count: > 0 } undeclined)
            {
                return undeclined;
            }
        }
        foreach (var full in GivenNameDiminutives.FullNames(text))
        {
            if (GivenNames.Candidates(full) is { Count: > 0 } named)
            {
                return named;
            }
        }
        return [];
    }

    /// <summary>A Latin spelling with x and cz read as GOST 7.79 system B writes х and ц; null if it has neither.</summary>
    private static string? GostB(string text)
    {
        var lower = text.ToLowerInvariant();
        return ScriptDetector.ContainsCyrillic(text) || !(lower.Contains('x') || lower.Contains("cz", StringComparison.Ordinal))
            ? null
            : lower.Replace("cz", "c", StringComparison.Ordinal).Replace("x", "kh", StringComparison.Ordinal);
    }

    private static NameReading ReadPatronymic(string text)
    {
        var patronymic = Patronymics.Parse(text) ?? (GostB(text) is { } gost ? Patronymics.Parse(gost) : null);
        var keys = NameKey.PhoneticVariants(text).Where(k => k.Length > 0).ToArray();
        // Both the father's id and the spelling's keys: one side's patronymic may be read and the other's not.
        ulong[] tokens = [.. (patronymic is { } p ? [BlockingTokens.Of(p.FatherId, IdDomain)] : Array.Empty<ulong>()).Concat(keys.Select(k => BlockingTokens.Of(k, NameDomain)))];
        return new NameReading
        {
            Latin = Latin(text),
            Keys = keys,
            Patronymic = patronymic,
            Initial = InitialOf(text),
            Tokens = tokens,
            IsUnreadable = keys.Length == 0 && text.Any(char.IsLetter),
        };
    }

    // Phonetic keys of surnames and given names share one domain, so a name read in swapped order still meets itself.
    private const char NameDomain = 'n';
    private const char IdDomain = 'g';

    /// <summary>The blocking token of a phonetic name key (surname or given name alike).</summary>
    internal static ulong NameToken(string key) => BlockingTokens.Of(key, NameDomain);

    /// <summary>An initial: one letter, with or without a dot (М., M); its Latin letter.</summary>
    private static char InitialOf(string text) =>
        text.Count(char.IsLetter) == 1 && Latin(text) is { Length: 1 } latin ? latin[0] : '\0';

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

    /// <summary>The service number as one string: series and digits, upper case, separators dropped (for display and tests).</summary>
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

    private static string[] Words(string text) =>
        NameNormaliser.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
