using Parley.Evaluation.Names;

namespace Parley.Evaluation.Tests;

public sealed class NameFormTests
{
    [Fact]
    public void Russian_forms_follow_the_usual_correspondences()
    {
        var tables = NameTables.Shared;
        var surname = tables.Surnames.Single(entry => entry.Ukrainian == "Олійник");
        var given = tables.Male.Single(entry => entry.Ukrainian == "Анатолій");

        Assert.Equal("Олейник", surname.Form(Language.Russian, Sex.Male));
        Assert.Equal("Анатолий", given.Russian);
        Assert.Equal("Александрович", Patronymics.Of("Александр", Sex.Male, Language.Russian));
        Assert.Equal("Николаевна", Patronymics.Of("Николай", Sex.Female, Language.Russian));
        Assert.Equal("Ковальский", tables.Surnames.Single(entry => entry.Ukrainian == "Ковальський").Russian);
    }

    [Fact]
    public void Ukrainian_patronymics_follow_the_rules_and_their_exceptions()
    {
        Assert.Equal("Олександрович", Patronymics.Of("Олександр", Sex.Male, Language.Ukrainian));
        Assert.Equal("Сергіївна", Patronymics.Of("Сергій", Sex.Female, Language.Ukrainian));
        Assert.Equal("Миколайович", Patronymics.Of("Микола", Sex.Male, Language.Ukrainian));
        Assert.Equal("Іллівна", Patronymics.Of("Ілля", Sex.Female, Language.Ukrainian));
        Assert.Equal("Петрович", Patronymics.Of("Петро", Sex.Male, Language.Ukrainian));
    }

    [Fact]
    public void A_ukrainian_name_in_russian_letters_is_spelled_letter_for_letter()
    {
        Assert.Equal("Мыкола", LetterMapping.ToRussianLetters("Микола"));
        Assert.Equal("Олийнык", LetterMapping.ToRussianLetters("Олійник"));
        Assert.Equal("Сергийовыч", LetterMapping.ToRussianLetters("Сергійович"));
    }

    [Theory]
    [InlineData("Шевченко", "Noun", "Male", "Ukrainian", "Шевченка")]
    [InlineData("Шевченко", "Noun", "Female", "Ukrainian", "Шевченко")]
    [InlineData("Ковальський", "Adjective", "Male", "Ukrainian", "Ковальського")]
    [InlineData("Кравець", "Noun", "Male", "Ukrainian", "Кравця")]
    [InlineData("Іванова", "Possessive", "Female", "Ukrainian", "Іванової")]
    [InlineData("Олейник", "Noun", "Male", "Russian", "Олейника")]
    [InlineData("Шевченко", "Noun", "Male", "Russian", "Шевченко")]
    [InlineData("Осадчая", "Adjective", "Female", "Russian", "Осадчей")]
    public void Surnames_take_the_genitive_of_their_language(string word, string kind, string sex, string language, string genitive)
    {
        var declined = Declension.Decline(
            word, NameRole.Surname, Enum.Parse<Sex>(sex), Enum.Parse<SurnameKind>(kind), Enum.Parse<Language>(language), GrammaticalCase.Genitive);

        Assert.Equal(genitive, declined);
    }

    [Fact]
    public void Name_tables_are_of_the_documented_size_and_have_no_repeated_rows()
    {
        var tables = NameTables.Shared;

        Assert.InRange(tables.Surnames.Count, 290, 400);
        Assert.InRange(tables.Male.Count, 150, 250);
        Assert.InRange(tables.Female.Count, 80, 150);
        Assert.Equal(tables.Surnames.Count, tables.Surnames.Select(entry => entry.Ukrainian).Distinct().Count());
        Assert.Equal(tables.Male.Count, tables.Male.Select(entry => entry.Ukrainian).Distinct().Count());
    }
}
