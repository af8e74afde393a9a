using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public partial class NoteTest
{
    private const string GoodSignature = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";

    public static TheoryData<string, int, string> MalformedNotes() => new()
    {
        { "text\n\n" + GoodSignature, 3, "end with a newline" },
        { "text\n" + GoodSignature + "\n", 0, "no blank line" },
        { "text\n\n", 3, "no signature lines" },
        { "text\n\n- PeterNeumann AAAAAAAA\n", 3, "em dash" },
        { "text\n\n— PeterNeumann\n", 3, "must be \"— <key name> <base64 signature>\"" },
        { "text\n\n— Peter+Neumann AAAAAAAA\n", 3, "not a valid key name" },
        { "text\n\n— PeterNeumann !!!!\n", 3, "not valid base64" },
        { "text\n\n— PeterNeumann AAAA\n", 3, "needs a 4-byte key ID" },
        { "one\ntwo\n\n" + GoodSignature + "\n— x AAAAAAAA\n— bad key AAAAAAAA\n", 6, "not valid base64" },
        { "te\txt\n\n" + GoodSignature + "\n", 1, "control character U+0009" },
        { "one\ntwo\r\n\n" + GoodSignature + "\n", 2, "control character U+000D" },
    };

    [Theory]
    [MemberData(nameof(MalformedNotes))]
    public void A_malformed_note_is_rejected_naming_the_line(string text, int line, string problem)
    {
        var error = Assert.Throws<NoteFormatException>(() => Note.Parse(text));
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_lone_surrogate_is_rejected_naming_the_line()
    {
        var error = Assert.Throws<NoteFormatException>(() => Note.Parse("one\ntwo \ud800\n\n" + GoodSignature + "\n"));
        Assert.Equal(2, error.Line);
        Assert.Contains("lone surrogate", error.Message);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_rejected_naming_the_line()
    {
        byte[] bytes = [(byte)'a', (byte)'\n', 0xC3, 0x28, (byte)'\n', (byte)'\n'];
        var error = Assert.Throws<NoteFormatException>(() => Note.Parse(bytes));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void The_text_may_contain_blank_lines_and_is_split_at_the_last_one()
    {
        var note = Note.Parse("a\n\nb\n\n" + GoodSignature + "\n");
        Assert.Equal("a\n\nb\n", note.Text);
        Assert.Single(note.Signatures);
    }

    [Theory]
    [InlineData("PeterNeumann+c74f20a3", "three parts")]
    [InlineData("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "claims key ID c74f20a4")]
    [InlineData("PeterNeumann+c74f20+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "8 hexadecimal digits")]
    [InlineData("PeterNeumann+c74f20a3+AhpcAA==", "33 bytes")]
    [InlineData("PeterNeumann+c74f20a3+AhpcAA==!", "not valid base64")]
    [InlineData("Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "not valid")]
    [InlineData("PeterNeumann+c74f20a3+AxpcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "signature type 0x03")]
    public void A_malformed_verifier_key_is_rejected_saying_what_is_wrong(string text, string problem)
    {
        var error = Assert.Throws<KeyFormatException>(() => NoteVerifier.Parse(text));
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_private_key_without_its_prefix_is_rejected()
    {
        Assert.Throws<KeyFormatException>(() => NoteSigner.Parse("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"));
    }

    [Fact]
    public void Signing_a_text_without_a_final_newline_is_refused()
    {
        using var signer = NoteSigner.Generate("a");
        Assert.Throws<NoteFormatException>(() => signer.Sign("no newline"));
    }
}
