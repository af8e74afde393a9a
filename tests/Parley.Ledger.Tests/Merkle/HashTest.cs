using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tests.Merkle;

public class HashTest
{
    private const string Hex = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";

    [Fact]
    public void Hex_round_trips_in_lowercase()
    {
        var hash = Hash.FromHex(Hex.ToUpperInvariant());
        Assert.Equal(Hex, hash.ToString());
        Assert.Equal(hash, Hash.FromHex(Hex));
        Assert.True(hash == Hash.FromHex(Hex));
        Assert.Equal(hash.GetHashCode(), Hash.FromHex(Hex).GetHashCode());
    }

    [Fact]
    public void Base64_round_trips()
    {
        var hash = Hash.FromHex(Hex);
        Assert.Equal(hash, Hash.FromBase64(hash.ToBase64()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("6e34")]
    [InlineData("zz340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")]
    [InlineData("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d00")]
    public void Malformed_hex_is_rejected_with_a_format_error(string text)
    {
        Assert.False(Hash.TryFromHex(text, out _));
        Assert.Throws<FormatException>(() => Hash.FromHex(text));
    }

    [Fact]
    public void A_hash_needs_exactly_32_bytes()
    {
        var error = Assert.Throws<ArgumentException>(() => new Hash(new byte[31]));
        Assert.Contains("exactly 32 bytes", error.Message);
    }

    [Fact]
    public void Leaf_and_node_hashes_follow_rfc_9162()
    {
        Assert.Equal(Hash.FromHex(Hex), MerkleHash.LeafHash([]));
        Assert.Equal(Hash.Sha256([0x01, .. Hash.FromHex(Hex).ToArray(), .. Hash.FromHex(Hex).ToArray()]),
            MerkleHash.NodeHash(Hash.FromHex(Hex), Hash.FromHex(Hex)));
        var big = new byte[5000];
        Assert.Equal(Hash.Sha256([0x00, .. big]), MerkleHash.LeafHash(big));
    }
}
