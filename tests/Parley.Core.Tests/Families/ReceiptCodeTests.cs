using CsCheck;
using Parley.Core.Families;
using Xunit;

namespace Parley.Core.Tests.Families;

/// <summary>Receipt codes: printed in groups, read back forgivingly, and every typing mistake caught (issue 13).</summary>
public sealed class ReceiptCodeTests
{
    private static readonly byte[] Entropy = [.. Enumerable.Range(1, ReceiptCode.EntropyBytes).Select(i => (byte)(i * 37))];

    private static ReceiptCode Code => ReceiptCode.FromEntropy(Entropy);

    [Fact]
    public void a_code_prints_as_seven_groups_of_four_characters_of_the_crockford_alphabet()
    {
        var grouped = Code.Grouped;

        var groups = grouped.Split('-');
        Assert.Equal(7, groups.Length);
        Assert.All(groups, g => Assert.Equal(4, g.Length));
        Assert.All(grouped.Replace("-", "", StringComparison.Ordinal), c => Assert.Contains(c, ReceiptCode.Alphabet));
    }

    [Fact]
    public void a_code_reads_back_from_lower_case_spaces_and_the_letters_people_confuse_with_digits()
    {
        var typed = Code.Grouped.ToLowerInvariant().Replace('-', ' ').Replace("0", "o", StringComparison.Ordinal).Replace("1", "l", StringComparison.Ordinal);

        Assert.Equal(Code, ReceiptCode.Parse(typed));
        Assert.Equal(Code.Lookup, ReceiptCode.Parse(typed).Lookup);
    }

    [Fact]
    public void every_single_mistyped_character_is_caught_by_the_check_character()
    {
        var text = Code.Grouped.Replace("-", "", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var c in ReceiptCode.Alphabet.Where(c => c != text[i]))
            {
                var typo = text[..i] + c + text[(i + 1)..];
                Assert.Throws<ReceiptCodeFormatException>(() => ReceiptCode.Parse(typo));
            }
        }
    }

    [Fact]
    public void every_swap_of_two_different_neighbours_is_caught_by_the_check_character()
    {
        Gen.Byte.Array[ReceiptCode.EntropyBytes].Sample(entropy =>
        {
            var text = ReceiptCode.FromEntropy(entropy).Grouped.Replace("-", "", StringComparison.Ordinal);
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (text[i] != text[i + 1])
                {
                    var swapped = text[..i] + text[i + 1] + text[i] + text[(i + 2)..];
                    Assert.Throws<ReceiptCodeFormatException>(() => ReceiptCode.Parse(swapped));
                }
            }
        }, iter: 200);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("ABCD", "has 28 characters; this one has 4")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789", "has 28 characters; this one has 32")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-234U", "'U' at position 34")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23?5", "'?' at position 33")]
    public void a_code_with_wrong_characters_or_length_gets_an_error_saying_what_and_where_without_repeating_the_code(string typed, string expected)
    {
        var error = Assert.Throws<ReceiptCodeFormatException>(() => ReceiptCode.Parse(typed));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ABCD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void the_stored_hashes_and_the_feed_capability_are_different_one_way_functions_of_the_code()
    {
        var code = Code;

        Assert.Matches("^[0-9a-f]{64}$", code.Lookup);
        Assert.Matches("^[0-9a-f]{64}$", code.FeedLookup);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", code.FeedCapability);
        Assert.NotEqual(code.Lookup, code.FeedLookup);
        Assert.Equal(code.FeedLookup, ReceiptCode.FeedLookupOf(code.FeedCapability));
        Assert.DoesNotContain(code.Grouped.Replace("-", "", StringComparison.Ordinal), code.FeedCapability, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("receipt code (hidden)", code.ToString());
    }

    [Fact]
    public void codes_from_different_entropy_differ_and_too_little_entropy_is_refused()
    {
        var other = (byte[])Entropy.Clone();
        other[^1] ^= 0x02; // the 135th bit, the last one used
        Assert.NotEqual(Code, ReceiptCode.FromEntropy(other));
        Assert.Throws<ArgumentException>(() => ReceiptCode.FromEntropy(new byte[ReceiptCode.EntropyBytes - 1]));
    }
}
