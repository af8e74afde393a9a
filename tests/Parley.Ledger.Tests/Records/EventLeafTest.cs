using System.Text;
using CsCheck;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Hash = Parley.Ledger.Merkle.Hash;

namespace Parley.Ledger.Tests.Records;

public class EventLeafTest
{
    private static readonly Hash SomeCommitment = Hash.Sha256("x"u8);
    private static readonly LeafSignature SomeSignature = new(0xcf1167fa, Enumerable.Range(0, 64).Select(i => (byte)i).ToArray());

    [Fact]
    public void the_encoding_is_the_documented_byte_layout()
    {
        var leaf = new EventLeaf(258, "a.b", 1000, "{}"u8, null, null);

        var bytes = leaf.Encode();

        Assert.Equal("01" + "0000000000000102" + "00000000000003e8" + "03" + "612e62" + "00000002" + "7b7d" + "00", Convert.ToHexStringLower(bytes));
    }

    [Fact]
    public void commitment_and_signature_follow_the_flags_in_order()
    {
        var bytes = new EventLeaf(1, "t", 0, "{}"u8, SomeCommitment, SomeSignature).Encode();

        var tail = bytes.AsSpan(bytes.Length - (1 + 32 + 4 + 64));
        Assert.Equal(0x03, tail[0]);
        Assert.Equal(SomeCommitment.ToArray(), tail.Slice(1, 32).ToArray());
        Assert.Equal("cf1167fa", Convert.ToHexStringLower(tail.Slice(33, 4)));
    }

    [Fact]
    public void every_leaf_decodes_to_itself()
    {
        Gen.Select(Gen.Long[1, long.MaxValue], Gen.String[Gen.Char.AlphaNumeric, 1, 40], Gen.Long[0, long.MaxValue], Gen.Byte.Array[0, 300], Gen.Int[0, 3])
            .Sample((sequence, type, at, json, flags) =>
            {
                var leaf = new EventLeaf(sequence, type, at, json, (flags & 1) != 0 ? SomeCommitment : null, (flags & 2) != 0 ? SomeSignature : null);
                Assert.Equal(leaf, EventLeaf.Decode(leaf.Encode()));
            });
    }

    [Theory]
    [InlineData("", "byte 0: the leaf is empty")]
    [InlineData("02", "byte 0: the version byte must be 0x01; got 0x02")]
    [InlineData("01000000000000000100000000000003e8", "byte 1: the leaf ends before the sequence, time and type length (17 bytes needed, 16 left)")]
    [InlineData("01000000000000000100000000000003e80261", "byte 18: the leaf ends before the event type (2 bytes needed, 1 left)")]
    [InlineData("01" + "0000000000000001" + "00000000000003e8" + "01" + "61" + "00000002" + "7b7d" + "04", "byte 25: unknown flag bits in 0x04")]
    [InlineData("01" + "0000000000000001" + "00000000000003e8" + "01" + "61" + "00000009" + "7b7d" + "00", "byte 19: the public part claims 9 bytes but only 3 remain")]
    [InlineData("01" + "0000000000000001" + "00000000000003e8" + "01" + "61" + "00000002" + "7b7d" + "00" + "ff", "byte 26: 1 bytes follow the end of the leaf")]
    [InlineData("01" + "0000000000000001" + "00000000000003e8" + "01" + "61" + "00000002" + "7b7d" + "01" + "00", "byte 26: the leaf ends before the commitment")]
    [InlineData("01" + "0000000000000000" + "00000000000003e8" + "01", "byte 1: the sequence must be at least 1; got 0")]
    public void malformed_leaves_are_refused_naming_the_byte(string hex, string expected)
    {
        var error = Assert.Throws<LeafFormatException>(() => EventLeaf.Decode(Convert.FromHexString(hex)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void the_commitment_is_sha256_of_the_tag_a_zero_byte_the_salt_and_the_private_bytes()
    {
        var salt = Enumerable.Repeat((byte)7, 32).ToArray();
        var expected = Hash.Sha256([.. "parley/commitment/v1"u8, 0x00, .. salt, .. "secret"u8]);

        Assert.Equal(expected, Commitment.Compute(salt, "secret"u8));
        Assert.True(Commitment.Matches(expected, salt, "secret"u8));
        Assert.False(Commitment.Matches(expected, salt, "Secret"u8));
        Assert.NotEqual(Commitment.NewSalt(), Commitment.NewSalt());
    }

    [Fact]
    public void a_submission_signature_verifies_only_for_the_same_exchange_party_counter_command_and_commitment()
    {
        using var officer = NoteSigner.Generate("ua.officer");
        var submission = new Submission("x1", "UA", "ua.officer", 3, "list-persons", SomeCommitment);
        var signature = submission.Sign(officer);

        Assert.Equal("parley-submission/v1\nexchange x1\nparty UA\nofficer ua.officer\ncounter 3\ncommand list-persons\ncommitment " + SomeCommitment.ToBase64() + "\n", submission.SignedMessage());
        Assert.True(submission.Verify(officer.Verifier, signature));
        Assert.False(new Submission("x2", "UA", "ua.officer", 3, "list-persons", SomeCommitment).Verify(officer.Verifier, signature));
        Assert.False(new Submission("x1", "RU", "ua.officer", 3, "list-persons", SomeCommitment).Verify(officer.Verifier, signature));
        Assert.False(new Submission("x1", "UA", "ua.officer", 4, "list-persons", SomeCommitment).Verify(officer.Verifier, signature));
        Assert.False(new Submission("x1", "UA", "ua.officer", 3, "release", SomeCommitment).Verify(officer.Verifier, signature));
        Assert.False(new Submission("x1", "UA", "ua.officer", 3, "list-persons", Hash.Sha256("y"u8)).Verify(officer.Verifier, signature));
        using var other = NoteSigner.Generate("ua.officer");
        Assert.False(submission.Verify(other.Verifier, signature));
    }

    [Fact]
    public void submission_fields_may_not_smuggle_lines_into_the_signed_message()
    {
        Assert.Throws<ArgumentException>(() => new Submission("x1\nparty RU", "UA", "ua.officer", 1, "list-persons", SomeCommitment));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Submission("x1", "UA", "ua.officer", 0, "list-persons", SomeCommitment));
    }

    [Fact]
    public void the_leaf_hash_is_the_rfc9162_hash_of_the_encoding()
    {
        var leaf = new EventLeaf(1, "t", 0, Encoding.UTF8.GetBytes("{\"a\":1}"), SomeCommitment, null);
        Assert.Equal(MerkleHash.LeafHash(leaf.Encode()), leaf.LeafHash());
    }
}
