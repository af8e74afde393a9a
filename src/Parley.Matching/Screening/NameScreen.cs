using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Matching.Names;

namespace Parley.Matching.Screening;

/// <summary>
/// Finds in a public text (a press entry, a statement, an id) the name or the date of birth of anyone on a list, across
/// scripts and Russian/Ukrainian forms: a name counts when the text holds its surname (by phonetic key, so Шевченко,
/// Шевченка, Shevchenko and Schewtschenko agree) and one more of its words (a given name or patronymic by equivalence,
/// Микола/Николай/Mykola, or another word by phonetic key); a date of birth counts in the forms lists and people write
/// (1990-04-12, 12.04.1990, 12/04/1990, 12.4.1990). Pure; built once from the lists and extended as they grow. Not safe
/// for use from several threads at once (its word cache): one writer holds it.
/// </summary>
public sealed partial class NameScreen
{
    /// <summary>
    /// How many words' keys the screen remembers. Lists and public texts repeat the same words (given names, the level
    /// names of a run's thousands of evidence digests): reading a word's keys is the screen's whole cost. Bounded, as
    /// public text is outside input.
    /// </summary>
    public const int WordCacheSize = 200_000;

    private readonly Dictionary<string, List<string[]>> _bySurname = new(StringComparer.Ordinal);
    private readonly HashSet<(int Year, int Month, int Day)> _births = [];
    private readonly Dictionary<string, WordKeys> _words = new(StringComparer.Ordinal);

    /// <summary>A word's keys (<see cref="KeysOf"/>) and its phonetic key alone.</summary>
    private sealed record WordKeys(string[] Keys, string Phonetic);

    /// <summary>How many names the screen holds.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds one person's name as written (<paramref name="text"/>, with its <paramref name="surname"/> when the list gave
    /// it separately; otherwise every word may be the surname) and date of birth.
    /// </summary>
    public void Add(string text, string? surname, DateOnly? birth)
    {
        Preconditions.CheckNotNull(text);
        if (birth is { } b)
        {
            _births.Add((b.Year, b.Month, b.Day));
        }
        var words = Words(text).Select(w => (Word: w, Keys: Read(w).Keys)).ToList();
        var surnames = surname is null
            ? words.Where(w => w.Keys.All(k => !k.StartsWith('=') && !k.StartsWith('~'))).Select(w => w.Word).ToList()
            : [.. Words(surname)];
        foreach (var word in surnames.Where(s => s.Length >= 3))
        {
            var key = Read(word).Phonetic;
            var others = words.Where(w => w.Word != word).SelectMany(w => w.Keys).Distinct(StringComparer.Ordinal).ToArray();
            if (key.Length == 0 || others.Length == 0)
            {
                continue;
            }
            if (!_bySurname.TryGetValue(key, out var entries))
            {
                _bySurname[key] = entries = [];
            }
            entries.Add(others);
        }
        Count++;
    }

    /// <summary>True when <paramref name="text"/> holds the name or date of birth of someone added.</summary>
    public bool Matches(string text)
    {
        Preconditions.CheckNotNull(text);
        foreach (Match date in DatePattern().Matches(text))
        {
            if (AsDates(date).Any(_births.Contains))
            {
                return true;
            }
        }
        var words = Words(text).Select(Read).ToList();
        var all = words.SelectMany(w => w.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (_bySurname.TryGetValue(word.Phonetic, out var entries) && entries.Any(others => others.Any(all.Contains)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// False when <paramref name="text"/> cannot name anyone whatever the lists hold: it has no word of two letters or
    /// more and nothing that reads as a date (an id such as <c>p-0001234</c>). Lets a caller skip building a screen.
    /// </summary>
    public static bool MayName(string text)
    {
        Preconditions.CheckNotNull(text);
        return DatePattern().IsMatch(text) || Words(text).Any();
    }

    /// <summary>
    /// True when an id reads as a person's name whoever it is: it holds a known given name or patronymic in any script
    /// or romanisation and another word of three letters or more (<c>shevchenko-mykola</c>, <c>ivanov_petr</c>).
    /// </summary>
    public static bool LooksLikeName(string id)
    {
        Preconditions.CheckNotNull(id);
        var words = Words(id).ToList();
        return words.Count >= 2
            && words.Any(w => w.Length >= 3 && (GivenNames.Candidates(w).Count > 0 || Patronymics.Parse(w) is not null))
            && words.Count(w => w.Length >= 3) >= 2;
    }

    /// <summary>A word's keys, remembered while the cache has room.</summary>
    private WordKeys Read(string word)
    {
        if (_words.TryGetValue(word, out var known))
        {
            return known;
        }
        var phonetic = NameKey.Phonetic(word);
        var read = new WordKeys(KeysOf(word, phonetic), phonetic);
        if (_words.Count < WordCacheSize)
        {
            _words[word] = read;
        }
        return read;
    }

    /// <summary>
    /// A word's keys: <c>=id</c> for each given name it may be (Микола, Николай, Mykola: one id), <c>~id</c> for a
    /// patronymic, and its phonetic key (for the forms the name lists do not know, such as Wsewolod or a declined one).
    /// </summary>
    private static string[] KeysOf(string word, string phonetic)
    {
        var keys = GivenNames.Candidates(word).Select(id => "=" + id).ToList();
        if (Patronymics.Parse(word) is { } patronymic)
        {
            keys.Add("~" + patronymic.FatherId);
        }
        if (phonetic.Length > 0)
        {
            keys.Add(phonetic);
        }
        return [.. keys];
    }

    /// <summary>The words of a text: runs of letters (ids split at '-', '_', '.', digits).</summary>
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).Where(w => w.Length >= 2);

    /// <summary>Both readings of a written date: year first, or day first.</summary>
    private static IEnumerable<(int, int, int)> AsDates(Match date)
    {
        var a = int.Parse(date.Groups[1].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture);
        var c = int.Parse(date.Groups[3].Value, CultureInfo.InvariantCulture);
        return date.Groups[1].Value.Length == 4 ? [(a, b, c)] : [(c, b, a), (c, a, b)];
    }

    [GeneratedRegex(@"[\p{L}\p{M}'’ʼ]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<!\d)(\d{4}|\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{1,2})(?!\d)")]
    private static partial Regex DatePattern();
}
