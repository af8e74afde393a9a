using System.Text;

namespace Parley.Import;

/// <summary>
/// The header names recognised for each <see cref="ListColumn"/>, in English, Ukrainian and Russian,
/// compared without regard to case, apostrophes (ім'я = ім’я = імя), dots (П.І.Б.), underscores,
/// hyphens and repeated spaces. <c>docs/lists.md</c> lists them for people who prepare files.
/// </summary>
public static class ColumnNames
{
    /// <summary>The English names <see cref="ListWriter"/> writes, in its column order.</summary>
    public static IReadOnlyList<(ListColumn Column, string Name)> English { get; } =
    [
        (ListColumn.Id, "id"),
        (ListColumn.Surname, "surname"),
        (ListColumn.Given, "given"),
        (ListColumn.Patronymic, "patronymic"),
        (ListColumn.FullName, "name"),
        (ListColumn.DateOfBirth, "dob"),
        (ListColumn.ServiceNumber, "service_number"),
        (ListColumn.Rank, "rank"),
        (ListColumn.Birthplace, "birthplace"),
        (ListColumn.Father, "father"),
        (ListColumn.MotherMaiden, "mother_maiden"),
        (ListColumn.Category, "category"),
    ];

    /// <summary>Every recognised name of every column, as people write them.</summary>
    public static IReadOnlyDictionary<ListColumn, IReadOnlyList<string>> Aliases { get; } = new Dictionary<ListColumn, IReadOnlyList<string>>
    {
        [ListColumn.Id] = ["id", "ід", "ид", "identifier", "record id"],
        [ListColumn.Surname] = ["surname", "last name", "family name", "прізвище", "фамилия", "фамілія"],
        [ListColumn.Given] = ["given", "given name", "first name", "forename", "ім'я", "имя"],
        [ListColumn.Patronymic] = ["patronymic", "middle name", "по батькові", "отчество"],
        [ListColumn.FullName] = ["name", "full name", "ПІБ", "ФИО", "П.І.Б.", "Ф.И.О.", "прізвище ім'я по батькові", "фамилия имя отчество"],
        [ListColumn.DateOfBirth] = ["dob", "date of birth", "birth date", "birthdate", "дата народження", "дата рождения"],
        [ListColumn.ServiceNumber] = ["service_number", "service number", "service no", "personal number", "особовий номер", "особистий номер", "військовий номер", "личный номер", "жетон"],
        [ListColumn.Rank] = ["rank", "звання", "військове звання", "звание", "воинское звание"],
        [ListColumn.Birthplace] = ["birthplace", "place of birth", "місце народження", "место рождения"],
        [ListColumn.Father] = ["father", "father's name", "батько", "ім'я батька", "отец", "имя отца"],
        [ListColumn.MotherMaiden] = ["mother_maiden", "mother's maiden name", "mother maiden name", "дівоче прізвище матері", "девичья фамилия матери"],
        [ListColumn.Category] = ["category", "категорія", "категория"],
    };

    private static readonly Dictionary<string, ListColumn> ByKey = BuildIndex();

    /// <summary>The column a header cell names, or null when it is not one Parley reads (such columns are ignored).</summary>
    public static ListColumn? Recognise(string header) =>
        ByKey.TryGetValue(Key(header), out var column) ? column : null;

    /// <summary>
    /// Composed form (NFC); text that has none — an unpaired surrogate or U+FFFE/U+FFFF, on which string.Normalize
    /// throws (found by fuzzing, issue 11) — is compared as it is, and so names no column Parley reads.
    /// </summary>
    private static string Normalized(string header)
    {
        try
        {
            return header.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return header;
        }
    }

    /// <summary>The comparison form of a header: lower case, no apostrophes or dots, _ and - as spaces, spaces collapsed.</summary>
    internal static string Key(string header)
    {
        var sb = new StringBuilder(header.Length);
        var space = false;
        foreach (var raw in Normalized(header))
        {
            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case '\'' or '\u2019' or '\u02BC' or '\u2018' or '`' or '\u00B4' or '\u02B9' or '.' or '\uFEFF' or '"':
                    continue;
                case '_' or '-' or '\u2010' or '\u2013' or ',' or '/':
                    c = ' ';
                    break;
            }
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static Dictionary<string, ListColumn> BuildIndex()
    {
        var index = new Dictionary<string, ListColumn>(StringComparer.Ordinal);
        foreach ((var column, var names) in Aliases)
        {
            foreach (var name in names)
            {
                index[Key(name)] = column;
            }
        }
        return index;
    }
}
