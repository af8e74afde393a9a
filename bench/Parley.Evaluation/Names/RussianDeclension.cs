namespace Parley.Evaluation.Names;

/// <summary>Russian genitive and dative endings for names.</summary>
internal static class RussianDeclension
{
    public static string SurnameForm(string word, Sex sex, SurnameKind kind, bool genitive)
    {
        if (kind == SurnameKind.Possessive)
        {
            return sex == Sex.Male ? word + (genitive ? "а" : "у") : word[..^1] + "ой";
        }

        var stem = word[..^2];
        var soft = stem.Length > 0 && (stem[^1] is 'ж' or 'ш' or 'ч' or 'щ'
            || (stem[^1] == 'н' && (word.EndsWith("ний", StringComparison.Ordinal) || word.EndsWith("няя", StringComparison.Ordinal))));
        if (sex == Sex.Male)
        {
            return stem + (soft ? (genitive ? "его" : "ему") : (genitive ? "ого" : "ому"));
        }

        return stem + (soft ? "ей" : "ой");
    }

    public static string Noun(string word, Sex sex, bool womanSurname, bool genitive)
    {
        var last = word[^1];
        var stem = word[..^1];
        if (word.EndsWith("ия", StringComparison.Ordinal))
        {
            return stem + "и";
        }

        switch (last)
        {
            case 'а':
                return stem + (genitive ? (stem[^1] is 'г' or 'к' or 'х' or 'ж' or 'ш' or 'ч' or 'щ' ? "и" : "ы") : "е");
            case 'я':
                return stem + (genitive ? "и" : "е");
        }

        if (womanSurname)
        {
            return word;
        }

        if (sex == Sex.Female)
        {
            return last == 'ь' ? stem + "и" : word;
        }

        return last switch
        {
            'ь' or 'й' => stem + (genitive ? "я" : "ю"),
            'ц' when word.EndsWith("ец", StringComparison.Ordinal) && word.Length > 3 => word[..^2] + (genitive ? "ца" : "цу"),
            'о' or 'е' or 'и' or 'у' or 'ы' or 'э' or 'ю' => word,
            _ => word + (genitive ? "а" : "у"),
        };
    }
}
