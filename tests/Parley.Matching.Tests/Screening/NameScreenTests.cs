using CsCheck;
using Parley.Matching.Screening;
using Xunit;

namespace Parley.Matching.Tests.Screening;

/// <summary>The screen's memory of words it has read: bounded, and never the reason a name goes unfound.</summary>
public sealed class NameScreenTests
{
    /// <summary>A word of letters only (the screen reads runs of letters), different for every <paramref name="n"/>.</summary>
    private static string Junk(int n)
    {
        var letters = new char[5];
        for (var i = 0; i < letters.Length; i++, n /= 26)
        {
            letters[i] = (char)('a' + (n % 26));
        }
        return "zq" + new string(letters);
    }

    [Fact]
    public void a_screen_that_has_read_more_words_than_it_remembers_still_finds_a_name_listed_before_or_after()
    {
        var screen = new NameScreen();
        screen.Add("Маркерчук Всеволод Іванович", "Маркерчук", null);
        for (var n = 0; n < NameScreen.WordCacheSize + 100; n++)
        {
            Assert.False(screen.Matches(Junk(n) + " " + Junk(n + 1)));
        }
        screen.Add("Тестенко Олена Петрівна", "Тестенко", new DateOnly(1971, 3, 9));

        Assert.True(screen.Matches("Today Vsevolod Markerchuk came home."));
        Assert.True(screen.Matches("Olena Testenko too."));
        Assert.True(screen.Matches("born 09.03.1971"));
        Assert.False(screen.Matches("Today 390 came home."));
    }

    [Fact]
    public void the_same_text_read_twice_gets_the_same_answer()
    {
        var screen = new NameScreen();
        screen.Add("Маркерчук Всеволод Іванович", "Маркерчук", null);

        foreach (var text in new[] { "Wsewolod Markertschuk", "surname: exact, given: same name, dob: exact" })
        {
            Assert.Equal(screen.Matches(text), screen.Matches(text));
        }
        Assert.True(screen.Matches("Wsewolod Markertschuk"));
    }

    [Theory]
    [InlineData("p-0001234", false)]
    [InlineData("x1-7", false)]
    [InlineData("ab-0001234", true)]
    [InlineData("12.04.1990", true)]
    [InlineData("Markerchuk", true)]
    public void a_text_without_a_word_or_a_date_may_not_name_anyone_and_one_with_either_may(string text, bool mayName)
    {
        Assert.Equal(mayName, NameScreen.MayName(text));
    }

    [Fact]
    public void a_text_that_may_not_name_anyone_is_never_found_by_a_screen_whatever_it_holds()
    {
        var screen = new NameScreen();
        screen.Add("Ли Ан", null, new DateOnly(1990, 4, 12));
        screen.Add("Маркерчук Всеволод Іванович", "Маркерчук", new DateOnly(1971, 3, 9));
        screen.Add("O Ng Yu", "O", null);

        Gen.String["-_.0123456789 aLиЯ/"].Sample(text =>
        {
            if (!NameScreen.MayName(text))
            {
                Assert.False(screen.Matches(text), text);
            }
        }, iter: 5000);
    }
}
