using Parley.Matching.Normalisation;
using Xunit;

namespace Parley.Matching.Tests.Normalisation;

public class NameNormaliserTests
{
    [Theory]
    [InlineData("Знам’янка", "знам'янка")]
    [InlineData("Знамʼянка", "знам'янка")]
    [InlineData("Знам`янка", "знам'янка")]
    [InlineData("Знам′янка", "знам'янка")]
    [InlineData("Знам‘янка", "знам'янка")]
    [InlineData("Знамʹянка", "знам'янка")]
    [InlineData("Знам'янка", "знам'янка")]
    public void every_apostrophe_variant_becomes_one_apostrophe(string input, string expected) =>
        Assert.Equal(expected, NameNormaliser.Normalise(input));

    [Theory]
    [InlineData("Ганна‐Марія", "ганна-марія")]
    [InlineData("Ганна–Марія", "ганна-марія")]
    [InlineData("Ганна — Марія", "ганна-марія")]
    [InlineData("Ганна − Марія", "ганна-марія")]
    [InlineData("Ганна-Марія", "ганна-марія")]
    public void every_dash_variant_between_names_becomes_one_hyphen(string input, string expected) =>
        Assert.Equal(expected, NameNormaliser.Normalise(input));

    [Theory]
    [InlineData("  ШЕВЧЕНКО \t Тарас\u00A0Григорович ", "шевченко тарас григорович")]
    [InlineData("Шевченко, Т. Г.", "шевченко т г")]
    [InlineData("\"Іванов\" (Ivanov)!", "іванов ivanov")]
    [InlineData("'Олег'", "олег")]
    [InlineData("- Олег -", "олег")]
    public void whitespace_collapses_and_stray_punctuation_goes(string input, string expected) =>
        Assert.Equal(expected, NameNormaliser.Normalise(input));

    [Fact]
    public void decomposed_letters_are_composed()
    {
        var decomposed = "И\u0306ван"; // Й written as И + combining breve
        Assert.Equal("йван", NameNormaliser.Normalise(decomposed));
        Assert.Equal("Йван", NameNormaliser.Nfc(decomposed));
    }

    [Fact]
    public void compatibility_forms_become_plain_letters() =>
        Assert.Equal("ivan", NameNormaliser.Normalise("ＩＶＡＮ"));

    [Fact]
    public void case_folding_is_culture_independent() =>
        Assert.Equal("istanbul iii", NameNormaliser.FoldCase("ISTANBUL III"));

    [Fact]
    public void diacritics_can_be_removed_for_latin_comparison() =>
        Assert.Equal("Sevcenko Ozernyy", NameNormaliser.RemoveDiacritics("Ševčenko Ozërnyy"));
}
