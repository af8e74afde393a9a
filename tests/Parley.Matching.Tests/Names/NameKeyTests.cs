using Parley.Matching.Names;
using Parley.Matching.Transliteration;
using Xunit;

namespace Parley.Matching.Tests.Names;

public class NameKeyTests
{
    public static readonly string[] RussianNames =
    [
        "Шевченко", "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
        "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов",
        "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев",
        "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев",
        "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов",
        "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов",
        "Сидоров", "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников",
        "Денисов", "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов",
        "Абрамов", "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков",
        "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев", "Кудрявцев",
        "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников", "Трофимов", "Леонов", "Соболев", "Ермаков", "Колесников",
        "Гончаров", "Емельянов", "Никифоров", "Грачёв", "Котов", "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов",
        "Малышев", "Панов", "Моисеев", "Румянцев", "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Ерёмин",
        "Тихомиров", "Галкин", "Лукьянов", "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов", "Прокофьев",
        "Харитонов", "Князев", "Цветков", "Левин", "Митрофанов", "Воронов", "Аксёнов", "Софронов", "Мальцев", "Логинов",
        "Горшков", "Савин", "Краснов", "Майоров", "Демидов", "Елисеев", "Рыбаков", "Сафонов", "Плотников", "Хохлов",
        "Николай", "Александр", "Сергей", "Андрей", "Алексей", "Дмитрий", "Михаил", "Юрий", "Евгений", "Владимир",
        "Чайковский", "Достоевский", "Хрущёв", "Ельцин", "Горбачёв", "Щукин", "Брежнев", "Ткаченко", "Кравченко", "Бондаренко",
    ];

    public static readonly string[] UkrainianNames =
    [
        "Шевченко", "Мельник", "Бойко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Ковальчук", "Олійник", "Шевчук",
        "Поліщук", "Лисенко", "Бондар", "Марченко", "Мороз", "Руденко", "Савченко", "Петренко", "Клименко", "Павленко",
        "Кравчук", "Кузьменко", "Пономаренко", "Харченко", "Ткачук", "Савчук", "Левченко", "Гончаренко", "Василенко", "Мазур",
        "Остапенко", "Юрченко", "Карпенко", "Андрієнко", "Гуменюк", "Хоменко", "Лук'яненко", "Захарченко", "Литвиненко", "Яковенко",
        "Їжакевич", "Знам'янка", "Згорани", "Розгон", "Щербухи", "Ярошенко", "Єнакієве", "Хмельницький", "Грушевський", "Франко",
        "Микола", "Олександр", "Сергій", "Андрій", "Олексій", "Дмитро", "Михайло", "Юрій", "Євген", "Володимир",
    ];

    public static TheoryData<string> RussianSchemes => ["ru-icao-9303", "ru-bgn-pcgn-1947", "ru-mvd-1997", "iso9-1995", "ru-de-duden", "ru-fr", "ru-pl"];

    public static TheoryData<string> UkrainianSchemes => ["uk-national-2010", "iso9-1995", "ru-icao-9303"];

    [Theory]
    [MemberData(nameof(RussianSchemes))]
    public void russian_names_keep_their_key_under_every_scheme(string schemeId) =>
        AssertKeysSurvive(RussianNames, Schemes.Get(schemeId), minimumAgreement: 0.97);

    [Theory]
    [MemberData(nameof(UkrainianSchemes))]
    public void ukrainian_names_keep_their_key_under_every_scheme(string schemeId) =>
        AssertKeysSurvive(UkrainianNames, Schemes.Get(schemeId), minimumAgreement: 0.97);

    [Theory]
    [InlineData("ru-icao-9303", "ru-de-duden")]
    [InlineData("ru-fr", "ru-pl")]
    [InlineData("ru-bgn-pcgn-1947", "iso9-1995")]
    [InlineData("ru-mvd-1997", "ru-fr")]
    [InlineData("ru-de-duden", "ru-pl")]
    public void two_latin_schemes_of_one_name_share_the_key(string a, string b)
    {
        TransliterationScheme x = Schemes.Get(a), y = Schemes.Get(b);
        var differing = RussianNames
            .Where(n => NameKey.Phonetic(x.Romanise(n)) != NameKey.Phonetic(y.Romanise(n)))
            .Select(n => $"{n}: {x.Romanise(n)}={NameKey.Phonetic(x.Romanise(n))} {y.Romanise(n)}={NameKey.Phonetic(y.Romanise(n))}")
            .ToList();
        Assert.True(differing.Count <= RussianNames.Length * 0.03, string.Join("; ", differing));
    }

    [Fact]
    public void the_same_person_in_seven_renderings_has_one_key()
    {
        string[] renderings =
        [
            "Микола Шевченко", "Николай Шевченко", "Mykola Shevchenko", "Nikolai Shevchenko",
            "Nikolaj Schewtschenko", "Nicolas Chevtchenko", "Mikołaj Szewczenko", "Шевченко Микола", "SHEVCHENKO Mykola",
        ];
        var expected = NameKey.Of(renderings[0]);
        Assert.All(renderings, r => Assert.Equal(expected, NameKey.Of(r)));
    }

    [Theory]
    [InlineData("Шевченко", "xvxnk")]
    [InlineData("Shevchenko", "xvxnk")]
    [InlineData("Ševčenko", "xvxnk")]
    [InlineData("Іванов", "avnv")]
    [InlineData("Jewtuschenko", "avtxnk")]
    [InlineData("Євтушенко", "avtxnk")]
    [InlineData("Хмельницький", "xmlnsk")]
    [InlineData("Chmielnicki", "xmlnsk")]
    [InlineData("Joukov", "xkv")]
    [InlineData("Jakowlew", "akvlv")]
    [InlineData("Iakovlev", "akvlv")]
    public void phonetic_keys_are_compact_sound_classes(string name, string key) =>
        Assert.Equal(key, NameKey.Phonetic(name));

    [Fact]
    public void different_people_get_different_keys()
    {
        Assert.NotEqual(NameKey.Of("Микола Шевченко"), NameKey.Of("Микола Коваленко"));
        Assert.NotEqual(NameKey.Of("Олег Петров"), NameKey.Of("Олена Петрова"));
        Assert.NotEqual(NameKey.Phonetic("Іванов"), NameKey.Phonetic("Петров"));
    }

    [Fact]
    public void patronymics_in_either_language_key_alike() =>
        Assert.Equal(NameKey.Of("Шевченко Микола Петрович"), NameKey.Of("Shevchenko Nikolai Petrovich"));

    private static void AssertKeysSurvive(string[] names, TransliterationScheme scheme, double minimumAgreement)
    {
        var failures = names
            .Where(n => NameKey.Phonetic(n) != NameKey.Phonetic(scheme.Romanise(n)))
            .Select(n => $"{n}={NameKey.Phonetic(n)} {scheme.Romanise(n)}={NameKey.Phonetic(scheme.Romanise(n))}")
            .ToList();
        var agreement = 1 - (double)failures.Count / names.Length;
        Assert.True(agreement >= minimumAgreement, $"{scheme.Id}: agreement {agreement:P1}; {string.Join("; ", failures)}");
    }
}
