using Parley.Matching.Normalisation;

namespace Parley.Matching.Names;

/// <summary>
/// Undoes the declension of Ukrainian and Russian surnames: a surname met in an oblique case
/// (Шевченка, Іванову, Петровим, Шевчинського) gives the nominative forms it may come from.
/// </summary>
public static class Surnames
{
    private static readonly string[] PossessiveSuffixes = ["ов", "ев", "єв", "ёв", "ін", "ин", "їн"];
    private static readonly string[] UkrainianAdjectiveStems = ["ськ", "цьк", "зьк"];
    private static readonly string[] RussianAdjectiveStems = ["ск", "цк", "зк"];

    /// <summary>
    /// Plausible nominative forms of <paramref name="surname"/>, the text itself first; readings of
    /// oblique cases next (Шевченка → Шевченко; Іванову → Іванов, and Іванова read as a feminine
    /// accusative); the other gender's forms last, flagged <see cref="SurnameBaseForm.IsGenderVariant"/>.
    /// Forms keep the input's capitalisation. Latin input gets only -ova/-eva/-ina ↔ -ov/-ev/-in variants.
    /// </summary>
    public static IReadOnlyList<SurnameBaseForm> BaseForms(string surname)
    {
        Preconditions.CheckNotNull(surname, nameof(surname));
        var trimmed = NameNormaliser.CollapseWhitespace(NameNormaliser.FoldApostrophes(surname.Normalize(System.Text.NormalizationForm.FormC)));
        if (trimmed.Length == 0)
        {
            return [];
        }
        var s = trimmed.ToLowerInvariant();
        var result = new List<SurnameBaseForm>();

        void Add(string form, Gender gender, bool variant)
        {
            if (form.Length < 2 || result.Any(r => r.Form == form))
            {
                return;
            }
            result.Add(new SurnameBaseForm(form, gender, variant));
        }

        Add(s, GuessGender(s), false);
        var readings = ScriptDetector.ContainsCyrillic(s) ? CyrillicReadings(s) : [];
        foreach ((var form, var gender) in readings)
        {
            Add(form, gender, false);
        }
        foreach (var f in result.ToList())
        {
            foreach ((var form, var gender) in GenderCounterparts(f.Form))
            {
                Add(form, gender, true);
            }
        }
        return result.Select(r => r with { Form = MatchCase(trimmed, r.Form) }).ToList();
    }

    private static List<(string Form, Gender Gender)> CyrillicReadings(string s)
    {
        var found = new List<(string, Gender)>();
        bool Ends(string ending, int minStem = 2) => s.Length - ending.Length >= minStem && s.EndsWith(ending, StringComparison.Ordinal);
        string Stem(string ending) => s[..^ending.Length];

        // -ко (Шевченко): Шевченка, Шевченку, Шевченком, Шевченкові.
        // Only after a consonant (Шевчен-ко, Бой-ко), so Мельника stays a reading of Мельник.
        var ko = false;
        foreach (var e in new[] { "кові", "ком", "ка", "ку" })
        {
            if (Ends(e) && !RuleVowels.Contains(s[^(e.Length + 1)]))
            {
                found.Add((Stem(e) + "ко", Gender.Unknown));
                ko = true;
                break;
            }
        }

        // Possessive -ов/-ев/-ін/-ин: Іванова, Іванову, Івановим, (при) Іванові, (о) Иванове; feminine Іванової, Івановій, Івановою, Ивановой.
        var possessive = false;
        foreach (var sfx in PossessiveSuffixes)
        {
            foreach ((var e, var nominative, var g) in new[]
            {
                (sfx + "а", sfx, Gender.Masculine), (sfx + "а", sfx + "а", Gender.Feminine),
                (sfx + "у", sfx, Gender.Masculine), (sfx + "у", sfx + "а", Gender.Feminine),
                (sfx + "им", sfx, Gender.Masculine), (sfx + "ым", sfx, Gender.Masculine),
                (sfx + "і", sfx, Gender.Masculine), (sfx + "е", sfx, Gender.Masculine),
                (sfx + "ої", sfx + "а", Gender.Feminine), (sfx + "ій", sfx + "а", Gender.Feminine),
                (sfx + "ою", sfx + "а", Gender.Feminine), (sfx + "ой", sfx + "а", Gender.Feminine),
            })
            {
                if (Ends(e))
                {
                    found.Add((Stem(e) + nominative, g));
                    possessive = true;
                }
            }
        }

        // Adjectival -ський/-ська (uk) and -ский/-ская (ru).
        var adjective = false;
        foreach (var stem in UkrainianAdjectiveStems)
        {
            foreach ((var e, var nominative, var g) in new[]
            {
                ("ого", "ий", Gender.Masculine), ("ому", "ий", Gender.Masculine), ("им", "ий", Gender.Masculine), ("ім", "ий", Gender.Masculine),
                ("ої", "а", Gender.Feminine), ("ій", "а", Gender.Feminine), ("у", "а", Gender.Feminine), ("ою", "а", Gender.Feminine),
            })
            {
                if (Ends(stem + e, 1))
                {
                    found.Add((Stem(stem + e) + stem + nominative, g));
                    adjective = true;
                }
            }
            adjective |= Ends(stem + "а", 1) || Ends(stem + "ий", 1);
        }
        foreach (var stem in RussianAdjectiveStems)
        {
            foreach ((var e, var nominative, var g) in new[]
            {
                ("ого", "ий", Gender.Masculine), ("ому", "ий", Gender.Masculine), ("им", "ий", Gender.Masculine), ("ом", "ий", Gender.Masculine),
                ("ой", "ая", Gender.Feminine), ("ую", "ая", Gender.Feminine), ("ой", "ой", Gender.Masculine),
            })
            {
                if (Ends(stem + e, 1))
                {
                    found.Add((Stem(stem + e) + stem + nominative, g));
                    adjective = true;
                }
            }
            adjective |= Ends(stem + "ая", 1) || Ends(stem + "ий", 1);
        }

        // Nouns ending in a consonant (Мельник, Ковальчук, Коваль, Кравець): -а/-я, -у/-ю, -ом/-ем, -ові/-еві, -е.
        if (!ko && !possessive && !adjective)
        {
            foreach ((var e, var add) in new[]
            {
                ("цеві", "ець"), ("цем", "ець"), ("ця", "ець"), ("цю", "ець"),
                ("еві", "ь"), ("єві", "й"), ("ові", ""), ("ом", ""), ("ем", "ь"), ("ем", ""), ("єм", "й"),
                ("я", "ь"), ("ю", "ь"), ("а", ""), ("у", ""), ("е", ""),
            })
            {
                if (Ends(e, 3))
                {
                    var stem = Stem(e);
                    if (add.Length > 0 || EndsInConsonant(stem))
                    {
                        found.Add((stem + add, Gender.Masculine));
                    }
                }
            }
        }
        return found;
    }

    private static IEnumerable<(string Form, Gender Gender)> GenderCounterparts(string form)
    {
        foreach (var sfx in PossessiveSuffixes.Concat(["ov", "ev", "in"]))
        {
            if (form.EndsWith(sfx, StringComparison.Ordinal) && form.Length > sfx.Length + 1)
            {
                yield return (form + (sfx[0] < 'z' ? "a" : "а"), Gender.Feminine);
            }
            var feminine = sfx + (sfx[0] < 'z' ? "a" : "а");
            if (form.EndsWith(feminine, StringComparison.Ordinal) && form.Length > feminine.Length + 1)
            {
                yield return (form[..^1], Gender.Masculine);
            }
        }
        foreach (var stem in UkrainianAdjectiveStems)
        {
            if (form.EndsWith(stem + "ий", StringComparison.Ordinal))
            {
                yield return (form[..^2] + "а", Gender.Feminine);
            }
            if (form.EndsWith(stem + "а", StringComparison.Ordinal))
            {
                yield return (form[..^1] + "ий", Gender.Masculine);
            }
        }
        foreach (var stem in RussianAdjectiveStems)
        {
            if (form.EndsWith(stem + "ий", StringComparison.Ordinal) || form.EndsWith(stem + "ой", StringComparison.Ordinal))
            {
                yield return (form[..^2] + "ая", Gender.Feminine);
            }
            if (form.EndsWith(stem + "ая", StringComparison.Ordinal))
            {
                yield return (form[..^2] + "ий", Gender.Masculine);
            }
        }
    }

    private static Gender GuessGender(string s)
    {
        foreach (var sfx in PossessiveSuffixes)
        {
            if (s.EndsWith(sfx + "а", StringComparison.Ordinal))
            {
                return Gender.Feminine;
            }
            if (s.EndsWith(sfx, StringComparison.Ordinal))
            {
                return Gender.Masculine;
            }
        }
        if (s.EndsWith("ська", StringComparison.Ordinal) || s.EndsWith("цька", StringComparison.Ordinal) || s.EndsWith("ская", StringComparison.Ordinal) || s.EndsWith("цкая", StringComparison.Ordinal))
        {
            return Gender.Feminine;
        }
        if (s.EndsWith("ький", StringComparison.Ordinal) || s.EndsWith("кий", StringComparison.Ordinal))
        {
            return Gender.Masculine;
        }
        if (s.EndsWith("ova", StringComparison.Ordinal) || s.EndsWith("eva", StringComparison.Ordinal) || s.EndsWith("ina", StringComparison.Ordinal))
        {
            return Gender.Feminine;
        }
        if (s.EndsWith("ov", StringComparison.Ordinal) || s.EndsWith("ev", StringComparison.Ordinal) || s.EndsWith("in", StringComparison.Ordinal))
        {
            return Gender.Masculine;
        }
        return Gender.Unknown;
    }

    private static bool EndsInConsonant(string s) =>
        s.Length > 0 && !RuleVowels.Contains(s[^1]) && s[^1] is not ('ь' or 'й' or '\'');

    private const string RuleVowels = "аеёєиіїоуыэюя";

    private static string MatchCase(string original, string lower)
    {
        var letters = original.Where(char.IsLetter).ToArray();
        if (letters.Length > 1 && letters.All(char.IsUpper))
        {
            return lower.ToUpperInvariant();
        }
        if (letters.Length > 0 && char.IsUpper(original.First(char.IsLetter)))
        {
            return char.ToUpperInvariant(lower[0]) + lower[1..];
        }
        return lower;
    }
}
