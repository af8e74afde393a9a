using Parley.Matching.Names;
using Parley.Matching.Normalisation;
using Parley.Matching.Records;

namespace Parley.Matching.Scoring;

public sealed partial class RecordPreparer
{
    /// <summary>
    /// Which text is the surname, the given name and the patronymic. Separate columns are taken as they are unless
    /// the surname column holds a known given name and the given-name column does not (swapped order). A full-name
    /// column is split into words: a known patronymic, then a known given name, and the rest is the surname; a word
    /// in capitals among words that are not is the surname (the office style ШЕВЧЕНКО Микола Іванович); failing
    /// that, Ukrainian and Russian order (surname, given, patronymic).
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
        if (surname.Length > 0 && given.Length > 0 && !IsKnownGivenName(given)
            && (IsKnownGivenName(surname) || IsDouble(given) && (ReadsAsGivenName(surname) || !IsDouble(surname) && NoPartIsGivenName(given)))
            && given.Any(char.IsLetter))
        {
            return (given, surname, patronymic, true);
        }
        if (patronymic.Length == 0 && given.Contains(' ', StringComparison.Ordinal))
        {
            // "Микола Іванович" in the given-name column.
            var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 2 && IsKnownPatronymic(words[1]))
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
            if (IsKnownPatronymic(words[i]) && !IsKnownGivenName(words[i]))
            {
                patronymic = words[i];
                words.RemoveAt(i);
                break;
            }
        }
        var capitals = words.FindAll(IsCapitals);
        if (capitals.Count == 1 && words.Count > 1)
        {
            // The surname in capitals and the rest not: the document says which word is the surname.
            var at = words.IndexOf(capitals[0]);
            var rest = words.Where((_, i) => i != at).ToList();
            return (words[at], string.Join(' ', rest), patronymic, at > 0);
        }
        // The given name is the first known given name, preferring the second word (surname first is the custom).
        var givenAt = -1;
        if (words.Count > 1 && IsKnownGivenName(words[1]))
        {
            givenAt = 1;
        }
        else if (IsKnownGivenName(words[0]))
        {
            givenAt = 0;
        }
        else
        {
            givenAt = words.FindIndex(IsKnownGivenName);
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

    /// <summary>A spelling the given-name list knows (any form, script or scheme), or whose first word it knows.</summary>
    private bool IsKnownGivenName(string text) => _knownGiven.GetOrAdd(text, static t =>
        GivenNames.Candidates(t).Count > 0 || t.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && GivenNames.Candidates(words[0]).Count > 0);

    /// <summary>
    /// A spelling whose phonetic key only one given name has (Serhij, a German transcription no scheme in the list
    /// writes). Only beside a double surname in the given-name column is that taken for a swap: a given name misspelt
    /// past the lexicon reads as another name's key too often (tuning lists: Iossf, Vioetta), and read as a given name
    /// it loses the spelling neighbours it meets its partner through as a surname.
    /// </summary>
    private bool ReadsAsGivenName(string text) => _phoneticGiven.GetOrAdd(text, static t => GivenNames.Canonical(t) is not null);

    /// <summary>
    /// No part of a double name is a given name the lexicon knows: Коваль-Шевченко is a double surname, Анна-Марія a
    /// double given name. Beside it, a surname column with one word holds a given name the lexicon may not know
    /// (Зорян | Коваль-Шевченко).
    /// </summary>
    private bool NoPartIsGivenName(string text) =>
        text.Split(NameNormaliser.Hyphen, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(part => !IsKnownGivenName(part));

    /// <summary>
    /// A man's patronymic in an oblique case (Максимовича, Maksymovycha, Максимовичу): a name copied out of an order or
    /// a letter ("наказ щодо Задорожнього Олександра Максимовича"), whose given name is then in that case too.
    /// </summary>
    private static bool InObliqueCase(NameReading patronymic, string text) =>
        patronymic.Patronymic is { Gender: Gender.Masculine } && text.Length > 0 && char.ToLowerInvariant(text[^1]) is 'а' or 'a' or 'у' or 'u';

    /// <summary>A given name the lexicon reads as a woman's name only (Олександра, Oleksandra).</summary>
    private static bool IsWomansName(NameReading given) =>
        given.GivenIdIsExact && given.GivenIds.Length > 0 && given.GivenIds.All(id => GivenNames.Get(id)?.Gender == Gender.Feminine);

    /// <summary>
    /// The man's name a given name in an oblique case comes from (Олександра → Олександр, Oleksandra → Oleksandr), or
    /// null: beside a man's patronymic in that case, Олександра is "of Oleksandr", not the woman's name.
    /// </summary>
    private static string? MansNameInCase(string text) =>
        GivenNameCases.Nominatives(text).FirstOrDefault(n => GivenNames.Candidates(n) is { Count: > 0 } ids && ids.All(id => GivenNames.Get(id)?.Gender == Gender.Masculine));

    /// <summary>Two names joined by a hyphen (Коваль-Шевченко): a double surname, which no given name is.</summary>
    private static bool IsDouble(string text) => text.Trim('-').Contains('-', StringComparison.Ordinal);

    /// <summary>A spelling the patronymic lexicon reads (exactly, or by a phonetic key only one patronymic has).</summary>
    private bool IsKnownPatronymic(string text) => _knownPatronymic.GetOrAdd(text, static t => Patronymics.Parse(t) is not null);

    /// <summary>A word of two letters or more, all of them capitals.</summary>
    private static bool IsCapitals(string word)
    {
        var letters = word.Where(char.IsLetter).ToArray();
        return letters.Length > 1 && letters.All(char.IsUpper);
    }

    /// <summary>Whitespace collapsed and a spaced hyphen closed up (Шевченко - Коваль is one double surname).</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        return IsClean(text) ? text : NameNormaliser.CollapseWhitespace(NameNormaliser.FoldDashes(text)).Replace(" - ", "-", StringComparison.Ordinal);
    }

    /// <summary>Letters, apostrophes, hyphens and single inner spaces only (most names): nothing to clean.</summary>
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i - 1] == ' ' || text[i + 1] == '-' : !(char.IsLetter(c) || c is '-' or '\'' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
