using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public class CheckpointTest
{
    private const string Root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

    [Fact]
    public void The_spec_example_parses_and_formats_back()
    {
        var text = $"example.com/behind-the-sofa\n20852163\n{Root}\n";
        var checkpoint = Checkpoint.Parse(text);
        Assert.Equal("example.com/behind-the-sofa", checkpoint.Origin);
        Assert.Equal(20852163, checkpoint.Size);
        Assert.Equal(Root, checkpoint.RootHash.ToBase64());
        Assert.Empty(checkpoint.Extensions);
        Assert.Equal(text, checkpoint.ToText());
    }

    [Fact]
    public void Extension_lines_are_kept_in_order()
    {
        var text = $"o\n0\n{Root}\nfirst ext\nsecond\n";
        var checkpoint = Checkpoint.Parse(text);
        Assert.Equal(["first ext", "second"], checkpoint.Extensions);
        Assert.Equal(text, checkpoint.ToText());
        Assert.Equal(checkpoint, new Checkpoint("o", 0, Hash.FromBase64(Root), ["first ext", "second"]));
    }

    public static TheoryData<string, int> Malformed() => new()
    {
        { $"o\n1\n{Root}", 3 },
        { "o\n1\n", 3 },
        { $"\n1\n{Root}\n", 1 },
        { $"o\n01\n{Root}\n", 2 },
        { $"o\n-1\n{Root}\n", 2 },
        { $"o\n1x\n{Root}\n", 2 },
        { $"o\n99999999999999999999\n{Root}\n", 2 },
        { "o\n1\nnot base64\n", 3 },
        { "o\n1\nAAAA\n", 3 },
        { $"o\n1\n{Root}\n\n", 4 },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_checkpoint_is_rejected_naming_the_line(string text, int line)
    {
        var error = Assert.Throws<CheckpointFormatException>(() => Checkpoint.Parse(text));
        Assert.Equal(line, error.Line);
    }
}
