using Parley.Matching.Names;

namespace Parley.Demo.Synthetic;

/// <summary>
/// What synthetic people are drawn from: given names and patronymics from <see cref="GivenNames"/> and
/// <see cref="Patronymics"/> (weighted by their frequency order in the data file), surnames from
/// <see cref="SurnameData"/>, and ranks, places and categories in both languages. Built once.
/// </summary>
internal sealed class NamePools
{
    private static readonly Lazy<NamePools> Loaded = new(() => new NamePools());

    internal static NamePools Instance => Loaded.Value;

    internal Pool<GivenEntry> Male { get; }

    internal Pool<GivenEntry> Female { get; }

    internal Pool<SurnameForms> UkrainianSurnames { get; }

    internal Pool<SurnameForms> RussianSurnames { get; }

    internal Pool<(string Uk, string Ru, string En)> Ranks { get; }

    internal Pool<(string Uk, string Ru)> Places { get; }

    /// <summary>Category of the person, as each side writes it: (Ukrainian, Russian, Latin).</summary>
    internal static readonly (string Uk, string Ru, string En) Military = ("військовополонений", "военнопленный", "POW");

    internal static readonly (string Uk, string Ru, string En) Civilian = ("цивільний", "гражданское лицо", "civilian");

    private NamePools()
    {
        var male = new List<GivenEntry>();
        var female = new List<GivenEntry>();
        foreach (var n in GivenNames.All)
        {
            if (n.Ukrainian.Count == 0 || n.Russian.Count == 0)
            {
                continue;
            }
            (n.Gender == Gender.Feminine ? female : male).Add(new GivenEntry(n.Id, n.Ukrainian[0], n.Russian[0], n.Diminutives));
        }
        Male = Pool<GivenEntry>.Zipf(male);
        Female = Pool<GivenEntry>.Zipf(female);
        foreach (var father in male)
        {
            var forms = Patronymics.FormsOf(father.Id);
            string Form(Gender g, string lang) =>
                forms.FirstOrDefault(f => f.Gender == g && f.Language == lang).Form
                ?? (lang == "uk" ? (g == Gender.Feminine ? Patronymics.DeriveUkrainian(father.Uk).Feminine : Patronymics.DeriveUkrainian(father.Uk).Masculine)
                                 : (g == Gender.Feminine ? Patronymics.DeriveRussian(father.Ru).Feminine : Patronymics.DeriveRussian(father.Ru).Masculine));
            father.Patronymics = new PatronymicForms(
                Form(Gender.Masculine, "uk"), Form(Gender.Feminine, "uk"), Form(Gender.Masculine, "ru"), Form(Gender.Feminine, "ru"));
        }
        UkrainianSurnames = Pool<SurnameForms>.Zipf(SurnameData.Ukrainian.Select(SurnameForms.FromLine).ToList());
        RussianSurnames = Pool<SurnameForms>.Zipf(SurnameData.Russian.Select(SurnameForms.FromLine).ToList());
        Ranks = Pool<(string, string, string)>.Zipf(
        [
            ("солдат", "рядовой", "private"),
            ("старший солдат", "ефрейтор", "private first class"),
            ("молодший сержант", "младший сержант", "lance sergeant"),
            ("сержант", "сержант", "sergeant"),
            ("старший сержант", "старший сержант", "senior sergeant"),
            ("матрос", "матрос", "seaman"),
            ("головний сержант", "старшина", "master sergeant"),
            ("молодший лейтенант", "младший лейтенант", "junior lieutenant"),
            ("лейтенант", "лейтенант", "lieutenant"),
            ("старший лейтенант", "старший лейтенант", "senior lieutenant"),
            ("старший матрос", "старший матрос", "able seaman"),
            ("штаб-сержант", "старшина", "staff sergeant"),
            ("капітан", "капитан", "captain"),
            ("майор", "майор", "major"),
            ("підполковник", "подполковник", "lieutenant colonel"),
            ("полковник", "полковник", "colonel"),
        ]);
        Places = Pool<(string, string)>.Zipf(
        [
            ("Київ", "Киев"), ("Харків", "Харьков"), ("Одеса", "Одесса"), ("Дніпро", "Днепр"), ("Львів", "Львов"),
            ("Запоріжжя", "Запорожье"), ("Миколаїв", "Николаев"), ("Маріуполь", "Мариуполь"), ("Вінниця", "Винница"),
            ("Полтава", "Полтава"), ("Чернігів", "Чернигов"), ("Херсон", "Херсон"), ("Черкаси", "Черкассы"),
            ("Житомир", "Житомир"), ("Суми", "Сумы"), ("Хмельницький", "Хмельницкий"), ("Рівне", "Ровно"),
            ("Кропивницький", "Кропивницкий"), ("Кривий Ріг", "Кривой Рог"), ("Івано-Франківськ", "Ивано-Франковск"),
            ("Тернопіль", "Тернополь"), ("Луцьк", "Луцк"), ("Біла Церква", "Белая Церковь"), ("Кременчук", "Кременчуг"),
            ("Ужгород", "Ужгород"), ("Чернівці", "Черновцы"), ("Краматорськ", "Краматорск"), ("Слов'янськ", "Славянск"),
            ("Мелітополь", "Мелитополь"), ("Бердянськ", "Бердянск"), ("Нікополь", "Никополь"), ("Павлоград", "Павлоград"),
            ("Бровари", "Бровары"), ("Ізюм", "Изюм"), ("Куп'янськ", "Купянск"), ("Ніжин", "Нежин"), ("Конотоп", "Конотоп"),
            ("Умань", "Умань"), ("Бахмут", "Бахмут"), ("Покровськ", "Покровск"), ("Лозова", "Лозовая"), ("Шостка", "Шостка"),
        ]);
    }
}
