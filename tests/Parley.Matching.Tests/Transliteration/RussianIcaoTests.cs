using Parley.Matching.Transliteration;
using Xunit;

namespace Parley.Matching.Tests.Transliteration;

/// <summary>ICAO Doc 9303 (7th ed.) as printed in Russian passports since 2013.</summary>
public class RussianIcaoTests
{
    private static readonly TransliterationScheme Scheme = Schemes.RussianIcao9303;

    [Theory]
    [InlineData("Андрей", "Andrei")]
    [InlineData("Дмитрий", "Dmitrii")]
    [InlineData("Наталья", "Natalia")]
    [InlineData("Юлия", "Iuliia")]
    [InlineData("Ксения", "Kseniia")]
    [InlineData("Сергей", "Sergei")]
    [InlineData("Алексей", "Aleksei")]
    [InlineData("Фёдор", "Fedor")]
    [InlineData("Объедков", "Obieedkov")]
    [InlineData("Щукин", "Shchukin")]
    [InlineData("Хабаров", "Khabarov")]
    [InlineData("Цветков", "Tsvetkov")]
    [InlineData("Эдуард", "Eduard")]
    [InlineData("Крылов", "Krylov")]
    [InlineData("Жуков", "Zhukov")]
    [InlineData("Чайковский", "Chaikovskii")]
    [InlineData("Шишкин", "Shishkin")]
    [InlineData("Юрий", "Iurii")]
    [InlineData("Яковлев", "Iakovlev")]
    [InlineData("Николай Шевченко", "Nikolai Shevchenko")]
    [InlineData("ИВАНОВ ПЁТР", "IVANOV PETR")]
    public void romanises_by_the_icao_table(string cyrillic, string latin) =>
        Assert.Equal(latin, Scheme.Romanise(cyrillic));

    [Theory]
    [InlineData("Iuliia", "Юлия")]
    [InlineData("Obieedkov", "Объедков")]
    [InlineData("Shchukin", "Щукин")]
    [InlineData("Nikolai", "Николай")]
    [InlineData("Kseniia", "Ксения")]
    public void back_mapping_finds_the_original_among_the_candidates(string latin, string cyrillic) =>
        Assert.Contains(cyrillic, Scheme.CyrillicCandidates(latin));
}
