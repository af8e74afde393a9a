using System.Text.Json;
using Parley.Ledger.Merkle;
using Parley.Ledger.Tests.Support;

namespace Parley.Ledger.Tests.Merkle;

public partial class MerkleTreeTest
{
    private static readonly Lazy<InMemoryHashStore> Small = new(Vectors.SmallStore);
    private static readonly Lazy<InMemoryHashStore> Large = new(Vectors.LargeStore);

    private static InMemoryHashStore StoreFor(string set) => set == "small" ? Small.Value : Large.Value;

    public static TheoryData<string, string> InclusionCases() => Vectors.Cases("inclusion");

    public static TheoryData<string, string> ConsistencyCases() => Vectors.Cases("consistency");

    public static TheoryData<string, long, string> RootCases()
    {
        var data = new TheoryData<string, long, string>();
        foreach (var set in new[] { "small", "large" })
        {
            foreach (var root in Vectors.Json.GetProperty(set).GetProperty("roots").EnumerateObject())
            {
                data.Add(set, long.Parse(root.Name), root.Value.GetString()!);
            }
        }
        return data;
    }

    [Fact]
    public void The_empty_tree_has_the_root_of_the_vectors()
    {
        var expected = Hash.FromHex(Vectors.Json.GetProperty("empty_root").GetString()!);
        Assert.Equal(expected, MerkleHash.EmptyRoot);
        Assert.Equal(expected, new MerkleTree(new InMemoryHashStore()).RootAt(0));
        Assert.Equal(expected, new MerkleTreeBuilder().Root);
    }

    [Theory]
    [MemberData(nameof(RootCases))]
    public void The_root_at_every_vector_size_equals_the_vector(string set, long size, string expectedHex)
    {
        var tree = new MerkleTree(StoreFor(set));
        Assert.Equal(Hash.FromHex(expectedHex), tree.RootAt(size));
    }

    [Theory]
    [MemberData(nameof(InclusionCases))]
    public void Every_vector_inclusion_proof_is_generated_exactly_and_verifies(string set, string json)
    {
        using var item = JsonDocument.Parse(json);
        var index = item.RootElement.GetProperty("index").GetInt64();
        var size = item.RootElement.GetProperty("size").GetInt64();
        var expected = Vectors.Hashes(item.RootElement.GetProperty("path"));
        var store = StoreFor(set);
        var tree = new MerkleTree(store);

        var proof = tree.InclusionProof(index, size);

        Assert.Equal(expected, proof);
        var leafHash = store.ReadHash(0, index);
        Assert.True(MerkleProof.VerifyInclusion(leafHash, index, size, expected, tree.RootAt(size)));
    }

    [Theory]
    [MemberData(nameof(ConsistencyCases))]
    public void Every_vector_consistency_proof_is_generated_exactly_and_verifies(string set, string json)
    {
        using var item = JsonDocument.Parse(json);
        var oldSize = item.RootElement.GetProperty("old").GetInt64();
        var newSize = item.RootElement.GetProperty("new").GetInt64();
        var expected = Vectors.Hashes(item.RootElement.GetProperty("proof"));
        var tree = new MerkleTree(StoreFor(set));

        var proof = tree.ConsistencyProof(oldSize, newSize);

        Assert.Equal(expected, proof);
        Assert.True(MerkleProof.VerifyConsistency(oldSize, newSize, tree.RootAt(oldSize), tree.RootAt(newSize), expected));
    }

    [Fact]
    public void The_vector_roots_match_the_recursive_definition_of_the_rfc()
    {
        var leaves = Enumerable.Range(0, 1000).Select(i => MerkleHash.LeafHash(Vectors.LargeLeaf(i))).ToList();
        var tree = new MerkleTree(Large.Value);
        foreach (var size in new[] { 1, 2, 3, 7, 8, 9, 255, 256, 257, 999, 1000 })
        {
            Assert.Equal(Bits.ReferenceRoot(leaves, 0, size), tree.RootAt(size));
        }
    }
}
