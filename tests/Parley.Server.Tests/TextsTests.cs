using Parley.Server.Live;

namespace Parley.Server.Tests;

/// <summary>The live broadcast's texts: every one in every language, with the same named placeholders as English.</summary>
public sealed class TextsTests
{
    public static TheoryData<string> Languages => ["uk", "ru", "tr"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void every_text_has_a_translation_with_the_same_placeholders_as_english(string language)
    {
        var mismatched = Texts.Keys
            .Where(key => !Texts.Placeholders(key, "en").Order().SequenceEqual(Texts.Placeholders(key, language).Order()))
            .ToList();

        Assert.NotEmpty(Texts.Keys);
        Assert.True(mismatched.Count == 0, "placeholders differ from English in: " + string.Join(", ", mismatched));
        Assert.All(Texts.Keys, key => Assert.NotEqual(Texts.Get(key, "en"), Texts.Get(key, language)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void every_key_of_english_is_in_the_language_s_own_file_and_none_falls_back_to_english(string language)
    {
        var own = new System.Resources.ResourceManager(typeof(Texts))
            .GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();

        var missing = Texts.Keys.Where(key => !own.Contains(key)).ToList();

        Assert.True(missing.Count == 0, $"missing from Texts.{language}.resx: " + string.Join(", ", missing));
        Assert.Contains("desk.name", own); // the desk's texts are among them
    }

    [Fact]
    public void values_go_where_each_language_names_them()
    {
        var args = new Core.Broadcast.Live.TextArgument[] { new("number", 2), new("releasedA", 307), new("sideA", "RU"), new("releasedB", 1307), new("sideB", "UA") };

        Assert.Equal("Stage 2 is complete: 307 released by RU, 1,307 by UA.", Texts.Format("auto.stage.closed", "en", args));
        Assert.Equal("Етап 2 завершено: RU звільнено 307, UA — 1 307.", Texts.Format("auto.stage.closed", "uk", args).Replace('\u00A0', ' '));
    }

    [Fact]
    public void a_differing_claim_says_so_with_its_figure_in_every_language()
    {
        var args = new Core.Broadcast.Live.TextArgument[]
        {
            new("claimant", "Ukraine"), new("figure", Core.Claims.ClaimFigure.Released), new("side", "RU"), new("value", 395),
            new("recorded", 390), new("difference", 5), new("stage", 1),
        };

        Assert.Equal("Ukraine: 395 released in stage 1 (people held by RU). The record differs by 5: it shows 390.",
            Texts.Format("auto.claim.recorded.stage.differs", "en", args));
        Assert.Contains("звільнено", Texts.Format("auto.claim.recorded.stage.differs", "uk", args), StringComparison.Ordinal);
        Assert.Contains("расходится на 5", Texts.Format("auto.claim.recorded.stage.differs", "ru", args), StringComparison.Ordinal);
    }
}
