using Parley.Evaluation.Data;

namespace Parley.Evaluation.Names;

/// <summary>Patronymics from the father's given name, by the rules of each language and a table of exceptions.</summary>
internal static class Patronymics
{
    private static readonly Dictionary<string, (string Son, string Daughter)> UkrainianTable = Load("patronymics-uk.tsv");
    private static readonly Dictionary<string, (string Son, string Daughter)> RussianTable = Load("patronymics-ru.tsv");

    public static string Of(string father, Sex sex, Language language)
    {
        var table = language == Language.Ukrainian ? UkrainianTable : RussianTable;
        if (table.TryGetValue(father, out var irregular))
        {
            return sex == Sex.Male ? irregular.Son : irregular.Daughter;
        }

        return language == Language.Ukrainian ? Ukrainian(father, sex) : Russian(father, sex);
    }

    private static string Ukrainian(string father, Sex sex)
    {
        var last = father[^1];
        if (sex == Sex.Male)
        {
            return last is 'о' or 'а' or 'я' ? father[..^1] + "ович" : father + "ович";
        }

        return last switch
        {
            'й' => father[..^1] + "ївна",
            'ь' or 'о' or 'а' or 'я' => father[..^1] + "івна",
            _ => father + "івна",
        };
    }

    private static string Russian(string father, Sex sex)
    {
        var male = sex == Sex.Male;
        if (father.EndsWith("ий", StringComparison.Ordinal))
        {
            return father[..^2] + (male ? "ьевич" : "ьевна");
        }

        return father[^1] switch
        {
            'й' or 'ь' => father[..^1] + (male ? "евич" : "евна"),
            'а' or 'я' => father[..^1] + (male ? "ич" : "ична"),
            _ => father + (male ? "ович" : "овна"),
        };
    }

    private static Dictionary<string, (string, string)> Load(string path) =>
        DataFiles.Rows(path).ToDictionary(
            row => DataFiles.Column(row, 0),
            row => (DataFiles.Column(row, 1), DataFiles.Column(row, 2)),
            StringComparer.Ordinal);
}
