using Parley.Matching.Transliteration;
using Xunit;

namespace Parley.Matching.Tests.Transliteration;

public class SchemeRegistryTests
{
    public static TheoryData<string> Ids => new(Schemes.All.Select(s => s.Id));

    [Fact]
    public void registers_every_scheme_the_design_names() =>
        Assert.Equal(
            ["iso9-1995", "ru-bgn-pcgn-1947", "ru-de-duden", "ru-fr", "ru-icao-9303", "ru-mvd-1997", "ru-pl", "uk-bgn-pcgn-2019", "uk-national-2010"],
            Schemes.All.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void every_scheme_has_a_name_and_cites_its_source(string id)
    {
        ITransliterationScheme scheme = Schemes.Get(id);
        Assert.False(string.IsNullOrWhiteSpace(scheme.Name));
        Assert.True(scheme.Citation.Length > 30, $"{id} citation is too short: {scheme.Citation}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void every_scheme_leaves_no_cyrillic_in_names_of_its_language(string id)
    {
        var scheme = Schemes.Get(id);
        var sample = id.StartsWith("uk", StringComparison.Ordinal)
            ? "Ґалаґан Їжакевич Знам'янка Щербухи Юрій Єнакієве"
            : "Съешь же ещё этих мягких французских булок да выпей чаю";
        Assert.DoesNotMatch("[\u0400-\u04FF]", scheme.Romanise(sample));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void back_mapping_is_bounded(string id)
    {
        var scheme = Schemes.Get(id);
        Assert.True(scheme.CyrillicCandidates("Iiiiaaa Eeeeiiia").Count() <= TransliterationScheme.DefaultMaxCandidates);
        Assert.True(scheme.CyrillicCandidates("Iiiiaaa Eeeeiiia", 5).Count <= 5);
    }

    [Fact]
    public void an_unknown_id_names_the_known_ones()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Schemes.Get("klingon"));
        Assert.Contains("uk-national-2010", e.Message);
    }
}
