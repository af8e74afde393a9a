using Parley.Matching.Transliteration;
using Xunit;

namespace Parley.Matching.Tests.Transliteration;

public class ReverseMappingTests
{
    public static TheoryData<string, double> BestEffort => new()
    {
        { "uk-national-2010", 0.95 }, { "ru-icao-9303", 0.95 }, { "ru-bgn-pcgn-1947", 0.95 }, { "ru-mvd-1997", 0.95 },
        { "ru-de-duden", 0.95 }, { "ru-fr", 0.95 }, { "ru-pl", 0.95 },
    };

    [Theory]
    [MemberData(nameof(BestEffort))]
    public void back_mapping_usually_recovers_a_real_name(string schemeId, double minimum)
    {
        var scheme = Schemes.Get(schemeId);
        IReadOnlyList<string> names = schemeId.StartsWith("uk", StringComparison.Ordinal)
            ? Names.NameKeyTests.UkrainianNames
            : Names.NameKeyTests.RussianNames;
        var missed = names.Where(n => !scheme.CyrillicCandidates(scheme.Romanise(n)).Contains(n)).ToList();
        var recovered = 1 - (double)missed.Count / names.Count;
        Assert.True(recovered >= minimum, $"{schemeId}: recovered {recovered:P1}; missed {string.Join(", ", missed.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(BestEffort))]
    public void every_candidate_romanises_back_to_the_input(string schemeId, double _)
    {
        var scheme = Schemes.Get(schemeId);
        foreach (var name in SyntheticNames.Russian(30, seed: 9).Concat(SyntheticNames.Ukrainian(30, seed: 9)))
        {
            var latin = scheme.Romanise(name);
            Assert.All(scheme.CyrillicCandidates(latin), c => Assert.Equal(Plain(latin), Plain(scheme.Romanise(c))));
        }
    }

    // Best-effort back-mapping also accepts input typed without diacritics and apostrophes.
    private static string Plain(string latin) =>
        new string(Parley.Matching.Normalisation.NameNormaliser.RemoveDiacritics(latin.ToLowerInvariant())
            .Where(c => char.IsLetter(c) && !Parley.Matching.Normalisation.NameNormaliser.IsApostrophe(c) && c is not ('\u02EE' or '\u02BA'))
            .Select(c => c == 'ł' ? 'l' : c).ToArray());

    [Fact]
    public void iso9_recovers_every_generated_name_exactly()
    {
        foreach (var name in SyntheticNames.Russian(300, seed: 1).Concat(SyntheticNames.Ukrainian(300, seed: 2)))
        {
            Assert.Equal([name], Schemes.Iso9.CyrillicCandidates(Schemes.Iso9.Romanise(name)));
        }
    }
}
