using Parley.Matching.Transliteration;
using Xunit;

namespace Parley.Matching.Tests.Transliteration;

public class OtherSchemesTests
{
    /// <summary>Examples from the BGN/PCGN 1947 table for Russian.</summary>
    [Theory]
    [InlineData("Азов", "Azov")]
    [InlineData("Тамбов", "Tambov")]
    [InlineData("Барнаул", "Barnaul")]
    [InlineData("Кубань", "Kubanʼ")]
    [InlineData("Владимир", "Vladimir")]
    [InlineData("Ульяновск", "Ulʼyanovsk")]
    [InlineData("Грозный", "Groznyy")]
    [InlineData("Волгодонск", "Volgodonsk")]
    [InlineData("Дзержинский", "Dzerzhinskiy")]
    [InlineData("Нелидово", "Nelidovo")]
    [InlineData("Елизово", "Yelizovo")]
    [InlineData("Чапаевск", "Chapayevsk")]
    [InlineData("Мейеровка", "Meyyerovka")]
    [InlineData("Юрьев", "Yurʼyev")]
    [InlineData("Белкино", "Belkino")]
    [InlineData("Озёрный", "Ozërnyy")]
    [InlineData("Жуков", "Zhukov")]
    [InlineData("Подъячев", "Podˮyachev")]
    public void bgn_pcgn_1947_romanises_its_table_examples(string cyrillic, string latin) =>
        Assert.Equal(latin, Schemes.RussianBgnPcgn1947.Romanise(cyrillic));

    [Theory]
    [InlineData("Юрий", "Yuriy")]
    [InlineData("Дмитрий", "Dmitriy")]
    [InlineData("Наталья", "Natalya")]
    [InlineData("Андрей", "Andrey")]
    [InlineData("Ксения", "Kseniya")]
    [InlineData("Сергей", "Sergey")]
    [InlineData("Фёдор", "Fedor")]
    [InlineData("Хрущёв", "Khrushchev")]
    [InlineData("Цветков", "Tsvetkov")]
    [InlineData("Крылов", "Krylov")]
    [InlineData("Объедков", "Obedkov")]
    public void mvd_1997_romanises_as_old_russian_passports_did(string cyrillic, string latin) =>
        Assert.Equal(latin, Schemes.RussianMvd1997.Romanise(cyrillic));

    [Theory]
    [InlineData("Горбачёв", "Gorbatschow")]
    [InlineData("Ельцин", "Jelzin")]
    [InlineData("Брежнев", "Breschnew")]
    [InlineData("Жуков", "Schukow")]
    [InlineData("Чуйков", "Tschuikow")]
    [InlineData("Андрей", "Andrei")]
    [InlineData("Горький", "Gorki")]
    [InlineData("Новороссийск", "Noworossijsk")]
    [InlineData("Хрущёв", "Chruschtschow")]
    [InlineData("Достоевский", "Dostojewski")]
    [InlineData("Шевченко", "Schewtschenko")]
    [InlineData("Фёдор", "Fjodor")]
    [InlineData("Александр", "Alexandr")]
    [InlineData("Николай", "Nikolai")]
    [InlineData("Наталья", "Natalja")]
    [InlineData("Василий", "Wassili")]
    public void german_duden_transcription_gives_the_duden_forms(string cyrillic, string latin) =>
        Assert.Equal(latin, Schemes.RussianGerman.Romanise(cyrillic));

    [Theory]
    [InlineData("Чехов", "Tchekhov")]
    [InlineData("Толстой", "Tolstoï")]
    [InlineData("Пушкин", "Pouchkine")]
    [InlineData("Достоевский", "Dostoïevski")]
    [InlineData("Сергей", "Sergueï")]
    [InlineData("Нижний", "Nijni")]
    [InlineData("Шевченко", "Chevtchenko")]
    [InlineData("Николай", "Nikolaï")]
    [InlineData("Михаил", "Mikhaïl")]
    [InlineData("Юрий", "Iouri")]
    [InlineData("Малевич", "Malevitch")]
    [InlineData("Смирнов", "Smirnov")]
    [InlineData("Киев", "Kiev")]
    [InlineData("Дудаев", "Doudaïev")]
    [InlineData("Васильев", "Vassiliev")]
    [InlineData("Пётр", "Piotr")]
    [InlineData("Жуков", "Joukov")]
    public void french_transcription_gives_the_conventional_forms(string cyrillic, string latin) =>
        Assert.Equal(latin, Schemes.RussianFrench.Romanise(cyrillic));

    [Theory]
    [InlineData("Елена", "Jelena")]
    [InlineData("Лермонтов", "Lermontow")]
    [InlineData("Чернышевский", "Czernyszewskij")]
    [InlineData("Соловьёв", "Sołowjow")]
    [InlineData("Пугачёв", "Pugaczow")]
    [InlineData("Никита", "Nikita")]
    [InlineData("Коробьин", "Korobjin")]
    [InlineData("Шевченко", "Szewczenko")]
    [InlineData("Николай", "Nikołaj")]
    [InlineData("Жуков", "Żukow")]
    [InlineData("Хрущёв", "Chruszczow")]
    [InlineData("Ельцин", "Jelcyn")]
    [InlineData("Тюмень", "Tiumień")]
    [InlineData("Семь", "Siem´")]
    public void polish_transcription_follows_the_pwn_rules(string cyrillic, string latin) =>
        Assert.Equal(latin, Schemes.RussianPolish.Romanise(cyrillic));

    [Theory]
    [InlineData("ru-bgn-pcgn-1947", "Yelizovo", "Елизово")]
    [InlineData("ru-bgn-pcgn-1947", "Ozernyy", "Озёрный")]
    [InlineData("ru-mvd-1997", "Natalya", "Наталья")]
    [InlineData("ru-de-duden", "Schewtschenko", "Шевченко")]
    [InlineData("ru-de-duden", "Gorbatschow", "Горбачёв")]
    [InlineData("ru-fr", "Chevtchenko", "Шевченко")]
    [InlineData("ru-fr", "Tchekhov", "Чехов")]
    [InlineData("ru-pl", "Szewczenko", "Шевченко")]
    [InlineData("ru-pl", "Sołowjow", "Соловьёв")]
    public void best_effort_back_mapping_finds_the_original(string schemeId, string latin, string cyrillic) =>
        Assert.Contains(cyrillic, Schemes.Get(schemeId).CyrillicCandidates(latin));
}
