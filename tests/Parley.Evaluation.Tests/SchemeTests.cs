using Parley.Evaluation.Transliteration;

namespace Parley.Evaluation.Tests;

/// <summary>Each scheme table reproduces examples published with its standard.</summary>
public sealed class SchemeTests
{
    [Theory]
    [InlineData("Згорани", "Zghorany")]
    [InlineData("Розгон", "Rozghon")]
    [InlineData("Щербухи", "Shcherbukhy")]
    [InlineData("Олексій", "Oleksii")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Знам'янка", "Znamianka")]
    [InlineData("Єнакієве", "Yenakiieve")]
    [InlineData("Короп'є", "Koropie")]
    [InlineData("Вишгород", "Vyshhorod")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Костянтин", "Kostiantyn")]
    [InlineData("Біла Церква", "Bila Tserkva")]
    [InlineData("ЩЕРБУХИ", "SHCHERBUKHY")]
    public void Ukrainian_national_2010(string cyrillic, string latin) => AssertScheme("ua-2010", NameForm.Ukrainian, cyrillic, latin);

    [Theory]
    [InlineData("Київ", "Kyyiv")]
    [InlineData("Запоріжжя", "Zaporizhzhya")]
    [InlineData("Львів", "L’viv")]
    [InlineData("Олексій", "Oleksiy")]
    public void Bgn_pcgn_ukrainian_1965(string cyrillic, string latin) => AssertScheme("bgn-pcgn-uk-1965", NameForm.Ukrainian, cyrillic, latin);

    [Theory]
    [InlineData("АЛЕКСАНДР", "ALEKSANDR")]
    [InlineData("ЮРИЙ", "IURII")]
    [InlineData("АНДРЕЙ", "ANDREI")]
    [InlineData("НАТАЛЬЯ", "NATALIA")]
    [InlineData("ЩЕРБАКОВ", "SHCHERBAKOV")]
    [InlineData("ОБЪЕДКОВ", "OBIEEDKOV")]
    public void Icao_9303(string cyrillic, string latin) => AssertScheme("icao-9303", NameForm.Russian, cyrillic, latin);

    [Theory]
    [InlineData("АНДРЕЙ", "ANDREY")]
    [InlineData("ЮРИЙ", "YURIY")]
    [InlineData("ЕВГЕНИЙ", "YEVGENIY")]
    [InlineData("СЕРГЕЕВИЧ", "SERGEYEVICH")]
    [InlineData("НАТАЛЬЯ", "NATALYA")]
    public void Mvd_1997(string cyrillic, string latin) => AssertScheme("mvd-1997", NameForm.Russian, cyrillic, latin);

    [Theory]
    [InlineData("Юрий", "Yuriy")]
    [InlineData("Сергеевич", "Sergeyevich")]
    [InlineData("Ельцин", "Yel’tsin")]
    [InlineData("Хрущёв", "Khrushchëv")]
    [InlineData("Подъячев", "Pod”yachev")]
    public void Bgn_pcgn_russian_1947(string cyrillic, string latin) => AssertScheme("bgn-pcgn-ru", NameForm.Russian, cyrillic, latin);

    [Theory]
    [InlineData("БРИЦКИЙ АЛЕКСАНДР", "BRICZKIJ ALEKSANDR")]
    [InlineData("Щукин", "Shhukin")]
    [InlineData("Цыганов", "Cy'ganov")]
    [InlineData("Эльвира", "E`l`vira")]
    [InlineData("Хрущёв", "Xrushhyov")]
    public void Gost_7_79_system_b(string cyrillic, string latin) => AssertScheme("gost-7.79-b", NameForm.Russian, cyrillic, latin);

    [Theory]
    [InlineData("Щукин", "Ŝukin")]
    [InlineData("Жуков", "Žukov")]
    [InlineData("Юрий", "Ûrij")]
    [InlineData("Київ", "Kiïv")]
    [InlineData("Брицкий", "Brickij")]
    public void Iso_9(string cyrillic, string latin) => AssertScheme("iso-9", NameForm.Russian, cyrillic, latin);

    [Theory]
    [InlineData("Хрущёв", "Chruschtschow", "ru")]
    [InlineData("Горбачёв", "Gorbatschow", "ru")]
    [InlineData("Чайковский", "Tschaikowski", "ru")]
    [InlineData("Алексей", "Alexei", "ru")]
    [InlineData("Евгений", "Jewgeni", "ru")]
    [InlineData("Зеленський", "Selenskyj", "uk")]
    [InlineData("Володимир", "Wolodymyr", "uk")]
    public void German_duden(string cyrillic, string latin, string form) => AssertScheme("german", form, cyrillic, latin);

    [Theory]
    [InlineData("Хрущёв", "Chruszczow", "ru")]
    [InlineData("Николай", "Nikołaj", "ru")]
    [InlineData("Сергей", "Siergiej", "ru")]
    [InlineData("Павел", "Pawieł", "ru")]
    [InlineData("Зеленський", "Zełenski", "uk")]
    [InlineData("Шевченко", "Szewczenko", "uk")]
    [InlineData("Олександр", "Ołeksandr", "uk")]
    public void Polish_pwn(string cyrillic, string latin, string form) => AssertScheme("polish", form, cyrillic, latin);

    [Theory]
    [InlineData("Шевченко", "Chevtchenko", "ru")]
    [InlineData("Юрий", "Iouri", "ru")]
    [InlineData("Николай", "Nikolaï", "ru")]
    [InlineData("Сергей", "Sergueï", "ru")]
    [InlineData("Жуков", "Joukov", "ru")]
    [InlineData("Зеленський", "Zelensky", "uk")]
    public void French(string cyrillic, string latin, string form) => AssertScheme("french", form, cyrillic, latin);

    [Theory]
    [InlineData("Юрий", "I͡uriĭ", "ru")]
    [InlineData("Чайковский", "Chaĭkovskiĭ", "ru")]
    [InlineData("Ельцин", "Elʹt͡sin", "ru")]
    [InlineData("Київ", "Kyïv", "uk")]
    [InlineData("Львів", "Lʹviv", "uk")]
    public void Library_of_congress(string cyrillic, string latin, string form) => AssertScheme("loc", form, cyrillic, latin);

    [Theory]
    [InlineData("Хрущёв", "Xruščëv", "ru")]
    [InlineData("Жуков", "Žukov", "ru")]
    [InlineData("Київ", "Kyjiv", "uk")]
    public void Scholarly(string cyrillic, string latin, string form) => AssertScheme("scholarly", form, cyrillic, latin);

    [Fact]
    public void Georgian_and_armenian_write_a_russian_name_in_their_letters()
    {
        AssertScheme("georgian", NameForm.Russian, "Сергей", "სერგეი");
        AssertScheme("armenian", NameForm.Russian, "Сергей", "Սերգեյ");
    }

    [Fact]
    public void There_are_at_least_eleven_latin_schemes()
    {
        Assert.True(Schemes.Latin.Count() >= 11);
    }

    private static void AssertScheme(string id, string form, string cyrillic, string latin) =>
        AssertScheme(id, form == "uk" ? NameForm.Ukrainian : NameForm.Russian, cyrillic, latin);

    private static void AssertScheme(string id, NameForm form, string cyrillic, string latin) =>
        Assert.Equal(latin, Schemes.ById(id).Apply(cyrillic, form));
}
