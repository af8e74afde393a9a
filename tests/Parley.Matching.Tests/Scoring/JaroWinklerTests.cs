using Parley.Matching.Scoring;
using Xunit;

namespace Parley.Matching.Tests.Scoring;

public class JaroWinklerTests
{
    // Winkler's published examples (as reproduced in the record-linkage literature).
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("shevchenko", "shevchenko", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void similarity_matches_the_published_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Fact]
    public void similarity_is_symmetric() =>
        Assert.Equal(JaroWinkler.Similarity("kovalenko", "kovalneko"), JaroWinkler.Similarity("kovalneko", "kovalenko"), 12);

    [Fact]
    public void empty_strings_are_equal_to_each_other_and_unlike_anything_else()
    {
        Assert.Equal(1.0, JaroWinkler.Similarity("", ""));
        Assert.Equal(0.0, JaroWinkler.Similarity("", "a"));
    }
}
