using Parley.Evaluation.Data;

namespace Parley.Evaluation.Names;

/// <summary>
/// Genitive and dative of names, as they appear when a list is copied from an order or a letter
/// ("списку Шевченка Миколи", "выдать Олейнику Анатолию"). Returns the word unchanged where the
/// grammar leaves it so (Шевченко for a woman, -енко in Russian).
/// </summary>
internal static class Declension
{
    private static readonly Dictionary<string, (string Genitive, string Dative)> Ukrainian = Load("declension-uk.tsv");
    private static readonly Dictionary<string, (string Genitive, string Dative)> Russian = Load("declension-ru.tsv");

    public static string Decline(string word, NameRole role, Sex sex, SurnameKind kind, Language language, GrammaticalCase grammaticalCase)
    {
        if (word.Length < 2)
        {
            return word;
        }

        var table = language == Language.Ukrainian ? Ukrainian : Russian;
        if (table.TryGetValue(word, out var irregular))
        {
            return grammaticalCase == GrammaticalCase.Genitive ? irregular.Genitive : irregular.Dative;
        }

        var genitive = grammaticalCase == GrammaticalCase.Genitive;
        if (role == NameRole.Surname && kind != SurnameKind.Noun)
        {
            return language == Language.Ukrainian
                ? UkrainianDeclension.SurnameForm(word, sex, kind, genitive)
                : RussianDeclension.SurnameForm(word, sex, kind, genitive);
        }

        // A woman's surname ending in a consonant or -о does not decline in either language.
        var womanSurname = role == NameRole.Surname && sex == Sex.Female;
        return language == Language.Ukrainian
            ? UkrainianDeclension.Noun(word, sex, womanSurname, genitive)
            : RussianDeclension.Noun(word, sex, womanSurname, genitive);
    }

    private static Dictionary<string, (string, string)> Load(string path) =>
        DataFiles.Rows(path).ToDictionary(
            row => DataFiles.Column(row, 0),
            row => (DataFiles.Column(row, 1), DataFiles.Column(row, 2)),
            StringComparer.Ordinal);
}
