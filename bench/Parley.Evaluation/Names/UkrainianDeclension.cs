namespace Parley.Evaluation.Names;

/// <summary>Ukrainian genitive and dative endings for names.</summary>
internal static class UkrainianDeclension
{
    public static string SurnameForm(string word, Sex sex, SurnameKind kind, bool genitive)
    {
        if (kind == SurnameKind.Possessive)
        {
            return sex == Sex.Male
                ? word + (genitive ? "а" : "у")
                : word[..^1] + (genitive ? "ої" : "ій");
        }

        if (sex == Sex.Male)
        {
            return word.EndsWith("ій", StringComparison.Ordinal)
                ? word[..^2] + (genitive ? "ього" : "ьому")
                : word[..^2] + (genitive ? "ого" : "ому");
        }

        return word.EndsWith('я')
            ? word[..^1] + (genitive ? "ьої" : "ій")
            : word[..^1] + (genitive ? "ої" : "ій");
    }

    public static string Noun(string word, Sex sex, bool womanSurname, bool genitive)
    {
        var last = word[^1];
        var stem = word[..^1];
        if (last == 'а')
        {
            return genitive ? stem + (IsSibilant(stem[^1]) ? "і" : "и") : Velar(stem) + "і";
        }

        if (last == 'я')
        {
            return stem[^1] is 'і' or 'ї' ? stem + "ї" : stem + "і";
        }

        if (womanSurname)
        {
            return word;
        }

        if (sex == Sex.Female)
        {
            // Given names such as Любов: -і in both cases.
            return char.IsLetter(last) && !IsVowel(last) ? word + "і" : word;
        }

        return last switch
        {
            'о' => stem + (genitive ? "а" : "у"),
            'ь' when word.EndsWith("ець", StringComparison.Ordinal) => word[..^3] + (genitive ? "ця" : "цю"),
            'ь' or 'й' => stem + (genitive ? "я" : "ю"),
            _ when IsVowel(last) => word,
            _ => word + (genitive ? "а" : "у"),
        };
    }

    private static string Velar(string stem) => stem[^1] switch
    {
        // Ольга → Ользі, Лука → Луці, Сорока → Сороці: the velar changes before -і.
        'г' => stem[..^1] + "з",
        'к' => stem[..^1] + "ц",
        'х' => stem[..^1] + "с",
        _ => stem,
    };

    private static bool IsSibilant(char c) => c is 'ж' or 'ч' or 'ш' or 'щ';

    private static bool IsVowel(char c) => "аеєиіїоуюя".Contains(c);
}
