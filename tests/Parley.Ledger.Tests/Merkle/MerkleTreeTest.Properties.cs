using CsCheck;
using Parley.Ledger.Merkle;
using Parley.Ledger.Tests.Support;
using Hash = Parley.Ledger.Merkle.Hash;

namespace Parley.Ledger.Tests.Merkle;

public partial class MerkleTreeTest
{
    private const int MaxSize = 2000;

    private static readonly Lazy<(InMemoryHashStore Store, List<Hash> Leaves)> Random2000 = new(() =>
    {
        var store = new InMemoryHashStore();
        var leaves = new List<Hash>();
        for (var i = 0; i < MaxSize; i++)
        {
            var hash = MerkleHash.LeafHash(BitConverter.GetBytes(i * 2654435761L));
            leaves.Add(hash);
            store.AppendLeafHash(hash);
        }
        return (store, leaves);
    });

    private static readonly Gen<(long Index, long Size)> IndexAndSize =
        Gen.Long[1, MaxSize].SelectMany(size => Gen.Long[0, size - 1].Select(index => (index, size)));

    private static readonly Gen<(long Old, long New)> TwoSizes =
        Gen.Long[1, MaxSize].SelectMany(n => Gen.Long[1, n].Select(m => (m, n)));

    [Fact]
    public void Generated_inclusion_proofs_verify_for_random_trees_and_indexes()
    {
        var (store, _) = Random2000.Value;
        var tree = new MerkleTree(store);
        IndexAndSize.Sample(c =>
        {
            var proof = tree.InclusionProof(c.Index, c.Size);
            return MerkleProof.VerifyInclusion(store.ReadHash(0, c.Index), c.Index, c.Size, proof, tree.RootAt(c.Size));
        }, iter: 500);
    }

    [Fact]
    public void Generated_consistency_proofs_verify_for_random_pairs_of_sizes()
    {
        var tree = new MerkleTree(Random2000.Value.Store);
        TwoSizes.Sample(c =>
            MerkleProof.VerifyConsistency(c.Old, c.New, tree.RootAt(c.Old), tree.RootAt(c.New), tree.ConsistencyProof(c.Old, c.New)),
            iter: 500);
    }

    [Fact]
    public void Roots_from_stored_subtrees_equal_the_recursive_definition_at_random_sizes()
    {
        var (store, leaves) = Random2000.Value;
        var tree = new MerkleTree(store);
        Gen.Int[0, MaxSize].Sample(size => tree.RootAt(size) == Bits.ReferenceRoot(leaves, 0, size), iter: 200);
    }

    [Fact]
    public void Flipping_any_bit_of_an_inclusion_proof_its_root_or_its_leaf_fails_verification()
    {
        var (store, _) = Random2000.Value;
        var tree = new MerkleTree(store);
        IndexAndSize.Sample(c =>
        {
            var proof = tree.InclusionProof(c.Index, c.Size);
            var root = tree.RootAt(c.Size);
            var leaf = store.ReadHash(0, c.Index);
            for (var bit = 0; bit < 256; bit++)
            {
                Assert.False(MerkleProof.VerifyInclusion(Bits.Flip(leaf, bit), c.Index, c.Size, proof, root));
                Assert.False(MerkleProof.VerifyInclusion(leaf, c.Index, c.Size, proof, Bits.Flip(root, bit)));
                for (var p = 0; p < proof.Count; p++)
                {
                    var tampered = proof.ToArray();
                    tampered[p] = Bits.Flip(tampered[p], bit);
                    Assert.False(MerkleProof.VerifyInclusion(leaf, c.Index, c.Size, tampered, root));
                }
            }
        }, iter: 40);
    }

    [Fact]
    public void Flipping_any_bit_of_a_consistency_proof_or_either_root_fails_verification()
    {
        var tree = new MerkleTree(Random2000.Value.Store);
        TwoSizes.Sample(c =>
        {
            var proof = tree.ConsistencyProof(c.Old, c.New);
            var oldRoot = tree.RootAt(c.Old);
            var newRoot = tree.RootAt(c.New);
            for (var bit = 0; bit < 256; bit++)
            {
                Assert.False(MerkleProof.VerifyConsistency(c.Old, c.New, Bits.Flip(oldRoot, bit), newRoot, proof));
                Assert.False(MerkleProof.VerifyConsistency(c.Old, c.New, oldRoot, Bits.Flip(newRoot, bit), proof));
                for (var p = 0; p < proof.Count; p++)
                {
                    var tampered = proof.ToArray();
                    tampered[p] = Bits.Flip(tampered[p], bit);
                    Assert.False(MerkleProof.VerifyConsistency(c.Old, c.New, oldRoot, newRoot, tampered));
                }
            }
        }, iter: 40);
    }

    [Fact]
    public void A_proof_for_another_index_or_size_does_not_verify()
    {
        var (store, _) = Random2000.Value;
        var tree = new MerkleTree(store);
        IndexAndSize.Where(c => c.Size > 1).Sample(c =>
        {
            var proof = tree.InclusionProof(c.Index, c.Size);
            var root = tree.RootAt(c.Size);
            var other = (c.Index + 1) % c.Size;
            return !MerkleProof.VerifyInclusion(store.ReadHash(0, c.Index), other, c.Size, proof, root)
                && !MerkleProof.VerifyInclusion(store.ReadHash(0, c.Index), c.Index, c.Size, proof.Take(proof.Count - 1).ToList(), root);
        }, iter: 300);
    }
}
