using Parley.Matching.Names;
using Parley.Matching.Transliteration;
using Xunit;

namespace Parley.Matching.Tests.Names;

public class NameKeySyntheticTests
{
    public static TheoryData<string, double> RussianSchemes => new()
    {
        { "ru-icao-9303", 0.97 }, { "ru-bgn-pcgn-1947", 0.97 }, { "ru-mvd-1997", 0.97 }, { "iso9-1995", 0.95 },
        { "ru-de-duden", 0.95 }, { "ru-fr", 0.90 }, { "ru-pl", 0.95 },
    };

    public static TheoryData<string, double> UkrainianSchemes => new()
    {
        { "uk-national-2010", 0.97 }, { "iso9-1995", 0.95 },
    };

    [Theory]
    [MemberData(nameof(RussianSchemes))]
    public void generated_russian_names_keep_their_key_under_each_scheme(string schemeId, double minimum) =>
        AssertAgreement(SyntheticNames.Russian(1000, seed: 7), Schemes.Get(schemeId), minimum);

    [Theory]
    [MemberData(nameof(UkrainianSchemes))]
    public void generated_ukrainian_names_keep_their_key_under_each_scheme(string schemeId, double minimum) =>
        AssertAgreement(SyntheticNames.Ukrainian(1000, seed: 11), Schemes.Get(schemeId), minimum);

    private static void AssertAgreement(IReadOnlyList<string> names, TransliterationScheme scheme, double minimum)
    {
        var failures = names
            .Where(n => NameKey.Phonetic(n) != NameKey.Phonetic(scheme.Romanise(n)))
            .Select(n => $"{n}={NameKey.Phonetic(n)} {scheme.Romanise(n)}={NameKey.Phonetic(scheme.Romanise(n))}")
            .ToList();
        var agreement = 1 - (double)failures.Count / names.Count;
        Assert.True(agreement >= minimum, $"{scheme.Id}: agreement {agreement:P1} < {minimum:P0}; {string.Join("; ", failures.Take(20))}");
    }
}
