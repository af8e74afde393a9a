using Parley.Matching.Ranks;
using Xunit;

namespace Parley.Matching.Tests.Ranks;

public class MilitaryRanksTests
{
    [Theory]
    [InlineData("солдат", "рядовой")]
    [InlineData("солдат", "Private")]
    [InlineData("рядовий", "soldat")]
    [InlineData("старший солдат", "ефрейтор")]
    [InlineData("молодший сержант", "младший сержант")]
    [InlineData("молодший лейтенант", "second lieutenant")]
    [InlineData("старший лейтенант", "First Lieutenant")]
    [InlineData("капітан", "KAPITAN")]
    [InlineData("підполковник", "lieutenant-colonel")]
    public void one_rank_in_ukrainian_russian_english_or_romanised_is_one_grade(string a, string b) =>
        Assert.True(MilitaryRanks.Same(MilitaryRanks.Grades(a), MilitaryRanks.Grades(b)));

    [Theory]
    [InlineData("staff sergeant", "старший сержант")]
    [InlineData("staff sergeant", "штаб-сержант")]
    [InlineData("старшина", "головний сержант")]
    [InlineData("старшина", "штаб-сержант")]
    public void a_word_that_renders_two_ranks_stands_for_both(string a, string b) =>
        Assert.True(MilitaryRanks.Same(MilitaryRanks.Grades(a), MilitaryRanks.Grades(b)));

    [Theory]
    [InlineData("лейтенант", "старший лейтенант", true)]
    [InlineData("солдат", "старший солдат", true)]
    [InlineData("солдат", "сержант", false)]
    [InlineData("майор", "лейтенант", false)]
    public void neighbouring_ranks_are_adjacent_and_not_the_same(string a, string b, bool adjacent)
    {
        int x = MilitaryRanks.Grades(a), y = MilitaryRanks.Grades(b);
        Assert.False(MilitaryRanks.Same(x, y));
        Assert.Equal(adjacent, MilitaryRanks.Adjacent(x, y));
    }

    [Theory]
    [InlineData("рекрут")]
    [InlineData("")]
    [InlineData(null)]
    public void a_rank_the_table_does_not_know_has_no_grade(string? text) =>
        Assert.Equal(0, MilitaryRanks.Grades(text));
}
