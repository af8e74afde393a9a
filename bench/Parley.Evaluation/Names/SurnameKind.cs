namespace Parley.Evaluation.Names;

/// <summary>How a surname takes a feminine form and declines.</summary>
internal enum SurnameKind
{
    /// <summary>Коваль, Шевченко, Олійник: the same for women, declined as a noun for men.</summary>
    Noun,

    /// <summary>Ковальський/Ковальська, Білий/Біла: declined as an adjective.</summary>
    Adjective,

    /// <summary>Іванов/Іванова, Кузьмін/Кузьміна: a possessive form with -а for women.</summary>
    Possessive,
}
